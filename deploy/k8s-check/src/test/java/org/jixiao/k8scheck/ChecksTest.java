package org.jixiao.k8scheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The rules bite: each test breaks one rule in a copy of a real render (the dev or prod overlay, as kubectl
 * renders it) or feeds a small broken manifest, and expects the problem to be named. Without the break the same
 * input has no problem ({@link OverlaysTest}).
 */
class ChecksTest {
    private static final YAMLMapper YAML = new YAMLMapper();

    /** A render as editable YAML trees. */
    private static final class Render {
        final List<ObjectNode> docs = new ArrayList<>();

        Render(String yaml) {
            try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml)) {
                while (it.hasNextValue()) {
                    JsonNode doc = it.nextValue();
                    if (doc != null && doc.isObject() && !doc.isEmpty()) {
                        docs.add((ObjectNode) doc);
                    }
                }
            }
        }

        /** Edits the object of that kind and name (which must exist). */
        Render edit(String kind, String namePrefix, Consumer<ObjectNode> change) {
            ObjectNode target = docs.stream().filter(d -> d.path("kind").asString().equals(kind)
                    && d.path("metadata").path("name").asString().startsWith(namePrefix)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + kind + "/" + namePrefix + "* in the render"));
            change.accept(target);
            return this;
        }

        Render add(String yaml) {
            docs.add((ObjectNode) YAML.readTree(yaml));
            return this;
        }

        String yaml() {
            StringBuilder out = new StringBuilder();
            for (ObjectNode d : docs) {
                out.append(YAML.writeValueAsString(d)).append('\n');
            }
            return out.toString();
        }
    }

    private static final java.util.Map<String, String> RENDERS = new java.util.concurrent.ConcurrentHashMap<>();

    /** kubectl kustomize of an overlay (or of its secrets/), once per run. */
    private static String render(String dir) {
        return RENDERS.computeIfAbsent(dir, d -> OverlaysTest.kubectl().kustomize(OverlaysTest.OVERLAYS.resolve(d)));
    }

    private static String devRender() {
        return render("dev");
    }

    private static String devSecrets() {
        return render("dev/secrets");
    }

    private static String prodRender() {
        return render("prod");
    }

    private static String prodSecrets() {
        return render("prod/secrets");
    }

    private static List<String> problems(Render overlay, String secrets) {
        return Checks.run(overlay.yaml(), secrets).problems();
    }

    private static ObjectNode container(ObjectNode workload) {
        return (ObjectNode) workload.at("/spec/template/spec/containers/0");
    }

    @Test
    void theUnbrokenRendersHaveNoProblem() {
        assertThat(problems(new Render(devRender()), devSecrets())).isEmpty();
        assertThat(problems(new Render(prodRender()), prodSecrets())).isEmpty();
    }

    @Test
    void aContainerWithoutProbesIsReported() {
        Render r = new Render(devRender()).edit("Deployment", "budget-service", d -> {
            container(d).remove("readinessProbe");
            container(d).remove("startupProbe");
        });
        assertThat(problems(r, devSecrets())).contains(
                "Deployment/budget-service container budget-service: has no readinessProbe",
                "Deployment/budget-service container budget-service: has no startupProbe");
    }

    @Test
    void aProbeOutsideTheRootPathIsReported() {
        Render r = new Render(devRender()).edit("Deployment", "report-service",
                d -> ((ObjectNode) container(d).at("/livenessProbe/httpGet")).put("path", "/q/health/live"));
        assertThat(problems(r, devSecrets()))
                .contains("Deployment/report-service container report-service: livenessProbe path is /q/health/live, expected /report/q/health/live");
    }

    @Test
    void missingLimitsAndAWeakSecurityContextAreReported() {
        Render r = new Render(devRender()).edit("Deployment", "evaluation-service", d -> {
            ((ObjectNode) container(d).at("/resources/limits")).remove("memory");
            ObjectNode sc = (ObjectNode) container(d).get("securityContext");
            sc.put("readOnlyRootFilesystem", false);
            sc.put("allowPrivilegeEscalation", true);
            sc.remove("capabilities");
            ((ObjectNode) d.at("/spec/template/spec")).remove("securityContext");
        });
        assertThat(problems(r, devSecrets())).contains(
                "Deployment/evaluation-service container evaluation-service: has no memory limit",
                "Deployment/evaluation-service container evaluation-service: securityContext.readOnlyRootFilesystem must be true",
                "Deployment/evaluation-service container evaluation-service: securityContext.allowPrivilegeEscalation must be false",
                "Deployment/evaluation-service container evaluation-service: securityContext.capabilities.drop must contain ALL",
                "Deployment/evaluation-service container evaluation-service: runAsNonRoot must be true (pod or container securityContext)",
                "Deployment/evaluation-service: spec.template.spec.securityContext.seccompProfile.type must be RuntimeDefault");
    }

    @Test
    void aReadOnlyRootWithoutAWritableTmpIsReported() {
        Render r = new Render(devRender()).edit("Deployment", "budget-service", d -> ((ArrayNode) container(d).get("volumeMounts")).remove(0));
        assertThat(problems(r, devSecrets())).contains("Deployment/budget-service container budget-service: has a read-only root "
                + "filesystem but no writable /tmp (an emptyDir volume mounted at /tmp)");
    }

    @Test
    void aSelectorThatMissesThePodsAndARollingUpdateThatDropsPodsAreReported() {
        Render r = new Render(devRender()).edit("Deployment", "budget-service", d -> {
            ((ObjectNode) d.at("/spec/selector/matchLabels")).put("app.kubernetes.io/name", "budget");
            ((ObjectNode) d.at("/spec/strategy/rollingUpdate")).put("maxUnavailable", 1);
        });
        assertThat(problems(r, devSecrets())).anyMatch(p -> p.startsWith("Deployment/budget-service: spec.selector {app.kubernetes.io/name=budget} does not match"))
                .contains("Deployment/budget-service: spec.strategy must be RollingUpdate with maxUnavailable 0 (no ready pod is removed before its replacement is ready)");
    }

    @Test
    void referencesToMissingConfigMapsSecretsKeysAndServiceAccountsAreReported() {
        Render r = new Render(devRender()).edit("Deployment", "report-service", d -> {
            ((ObjectNode) container(d).at("/envFrom/1/configMapRef")).put("name", "report-config");
            ((ObjectNode) container(d).at("/env/2/valueFrom/secretKeyRef")).put("key", "pasword");
            ((ObjectNode) d.at("/spec/template/spec")).put("serviceAccountName", "reports");
        });
        assertThat(problems(r, devSecrets())).contains(
                "Deployment/report-service container report-service: envFrom refers to ConfigMap report-config, which does not exist",
                "Deployment/report-service container report-service: env QUARKUS_DATASOURCE_PASSWORD refers to key pasword of Secret report-db, which it does not have",
                "Deployment/report-service: service account reports does not exist");
    }

    @Test
    void aServiceAccountThatMountsItsTokenIsReported() {
        Render r = new Render(devRender()).edit("ServiceAccount", "budget-service", sa -> sa.put("automountServiceAccountToken", true));
        assertThat(problems(r, devSecrets())).contains("ServiceAccount/budget-service: automountServiceAccountToken must be false");
    }

    @Test
    void aNetworkPolicyThatSelectsNoPodIsReportedAndOpeningADatabaseShowsInTheCallers() {
        Render r = new Render(devRender())
                .edit("NetworkPolicy", "report-db-ingress", np -> ((ObjectNode) np.at("/spec/podSelector/matchLabels")).put("app.kubernetes.io/name", "reports-db"))
                .edit("NetworkPolicy", "budget-db-ingress", np -> ((ArrayNode) np.at("/spec/ingress/0/from")).add(YAML.readTree(
                        "podSelector: {matchLabels: {app.kubernetes.io/name: evaluation-service}}")))
                .edit("NetworkPolicy", "evaluation-service-egress", np -> ((ArrayNode) np.at("/spec/egress")).add(YAML.readTree(
                        "to: [{podSelector: {matchLabels: {app.kubernetes.io/name: budget-db}}}]")));
        Checks checks = Checks.run(r.yaml(), devSecrets());
        assertThat(checks.problems()).contains(
                "NetworkPolicy/report-db-ingress: spec.podSelector {app.kubernetes.io/name=reports-db} selects no pods of the overlay");
        assertThat(checks.callers().get("budget-db")).as("evaluation-service can now reach budget-service's database")
                .contains("pod:evaluation-service");
    }

    @Test
    void withoutDefaultDenyEveryPodIsOpen() {
        Render r = new Render(devRender());
        r.docs.removeIf(d -> d.path("metadata").path("name").asString().equals("default-deny-ingress"));
        Checks checks = Checks.run(r.yaml(), devSecrets());
        assertThat(checks.problems()).contains("overlay: no default-deny NetworkPolicy (empty podSelector, policyTypes Ingress, no ingress rules)");
    }

    @Test
    void aRealLookingSecretValueAndASecretInTheOverlayAreReported() {
        String secrets = devSecrets().replaceFirst("password: CHANGE_ME", "password: s3cr3t-Passw0rd");
        Render r = new Render(devRender()).add("""
                apiVersion: v1
                kind: Secret
                metadata: {name: extra, namespace: jixiao-dev}
                stringData: {password: CHANGE_ME}
                """);
        assertThat(problems(r, secrets)).contains(
                "secret templates: Secret/budget-db: key password has a real-looking value; committed templates carry placeholders (CHANGE_ME) only",
                "Secret/extra: a Secret in the overlay would overwrite the real one at every `kubectl apply -k`; keep it as a template in the overlay's secrets/ folder");
    }

    @Test
    void aPasswordInAConfigMapOrAJdbcUrlIsReported() {
        String secrets = devSecrets().replaceFirst("jdbc:postgresql://budget-db:5432/jixiao_budget",
                "jdbc:postgresql://budget-db:5432/jixiao_budget?password=hunter2");
        Render r = new Render(devRender())
                .edit("ConfigMap", "budget-service-config", cm -> ((ObjectNode) cm.get("data")).put("QUARKUS_DATASOURCE_PASSWORD", "x"))
                .edit("Deployment", "evaluation-service", d -> ((ArrayNode) container(d).get("env")).set(0, YAML.readTree(
                        "{name: QUARKUS_DATASOURCE_JDBC_URL, value: 'jdbc:postgresql://evaluation-db:5432/jixiao_evaluation'}")));
        assertThat(problems(r, secrets)).anyMatch(p -> p.matches("ConfigMap/budget-service-config-\\w+: key QUARKUS_DATASOURCE_PASSWORD looks like a credential: credentials go to Secrets"))
                .contains("Deployment/evaluation-service container evaluation-service: QUARKUS_DATASOURCE_JDBC_URL must come from the database's Secret, not from value",
                        "secret templates: Secret/budget-db: key jdbc-url carries a password; keep it in the password key as a placeholder");
    }

    @Test
    void aPublicBaseUrlWithAPathAndAPeerUrlWithoutTheRootPathAreReported() {
        Render r = new Render(devRender())
                .edit("ConfigMap", "jixiao-common", cm -> ((ObjectNode) cm.get("data")).put("JIXIAO_HTTP_PUBLIC_BASE_URL", "http://jixiao-dev.example.org/budget"))
                .edit("ConfigMap", "report-service-config", cm -> ((ObjectNode) cm.get("data"))
                        .put("QUARKUS_REST_CLIENT_EVALUATION_SERVICE_URL", "http://evaluation-service:8080"));
        assertThat(problems(r, devSecrets())).contains(
                "Deployment/budget-service container budget-service: JIXIAO_HTTP_PUBLIC_BASE_URL http://jixiao-dev.example.org/budget must be the public "
                        + "origin only (scheme and host): the Location paths already carry the root path, a path here would be doubled",
                "Deployment/report-service container report-service: QUARKUS_REST_CLIENT_EVALUATION_SERVICE_URL http://evaluation-service:8080 has path \"\", "
                        + "but the pods of Service evaluation-service run under root path \"/evaluation\"");
    }

    @Test
    void anIngressPathOutsideTheRootPathOrToAMissingServiceAndAHostMismatchAreReported() {
        Render r = new Render(devRender()).edit("Ingress", "jixiao", ing -> {
            ((ObjectNode) ing.at("/spec/rules/0")).put("host", "other.example.org");
            ((ObjectNode) ing.at("/spec/rules/0/http/paths/0")).put("path", "/api");
            ((ObjectNode) ing.at("/spec/rules/0/http/paths/3/backend/service")).put("name", "evaluation");
        });
        assertThat(problems(r, devSecrets())).contains(
                "Ingress/jixiao: path /api is not under the root path /budget of Deployment/budget-service (nothing is rewritten: the path reaches the service as it is)",
                "Ingress/jixiao: path /evaluation/api routes to Service evaluation, which does not exist",
                "Ingress/jixiao: host other.example.org (no TLS) but the services' JIXIAO_HTTP_PUBLIC_BASE_URL is http://jixiao-dev.example.org (expected http://other.example.org)");
    }

    @Test
    void autoscalingAndDisruptionBudgetMistakesAreReported() {
        Render r = new Render(prodRender())
                .edit("HorizontalPodAutoscaler", "evaluation-service", h -> ((ObjectNode) h.get("spec")).put("minReplicas", 1))
                .edit("Deployment", "budget-service", d -> ((ObjectNode) d.get("spec")).put("replicas", 3))
                .edit("PodDisruptionBudget", "report-service", p -> ((ObjectNode) p.get("spec")).put("minAvailable", 2));
        assertThat(problems(r, prodSecrets())).contains(
                "HorizontalPodAutoscaler/evaluation-service: minReplicas 1: at least 2, so that a node drain or a failing pod leaves one serving",
                "Deployment/budget-service: sets spec.replicas although HorizontalPodAutoscaler/budget-service owns it (every apply would reset the autoscaler's choice)",
                "PodDisruptionBudget/report-service: minAvailable 2 with at least 2 replica(s) of Deployment/report-service: no pod could ever be evicted, node drains would block");
    }

    @Test
    void aDatabaseClusterIsCheckedAgainstItsMinimalSchema() {
        Render r = new Render(prodRender()).edit("Cluster", "budget-db", c -> {
            ObjectNode spec = (ObjectNode) c.get("spec");
            spec.put("instances", "two");
            spec.put("enableSuperUserAccess", true);
            ((ObjectNode) spec.at("/bootstrap/initdb")).put("owner", "budget");
            ((ObjectNode) spec.get("storage")).remove("size");
        }).edit("Cluster", "report-db", c -> ((ObjectNode) c.at("/spec/bootstrap/initdb/secret")).put("name", "report-credentials"));
        assertThat(problems(r, prodSecrets())).contains(
                "Cluster/budget-db: unknown field spec.enableSuperUserAccess (not in this check's schema of a CloudNativePG Cluster)",
                "Cluster/budget-db: spec.instances must be a whole number of at least 1",
                "Cluster/budget-db: spec.storage.size is required",
                "Cluster/budget-db: Secret budget-db has username jixiao_budget, but the owner is budget",
                "Cluster/report-db: spec.bootstrap.initdb.secret report-credentials has no template");
    }

    @Test
    void aSmallBrokenManifestIsReportedOnEveryCount() {
        Checks checks = Checks.run("""
                apiVersion: v1
                kind: Namespace
                metadata: {name: scratch}
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web, namespace: scratch}
                spec:
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: website}}
                    spec:
                      containers:
                        - name: web
                          image: nginx
                          resource: {limits: {cpu: 1}}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: web, namespace: other}
                spec:
                  selector: {app: web}
                  ports: [{name: http, port: 80}]
                """, "");
        assertThat(checks.problems()).contains(
                "overlay Deployment/web: unknown field spec.template.spec.containers[0].resource",
                "Namespace/scratch: label pod-security.kubernetes.io/enforce must be \"restricted\"",
                "Service/web: is in namespace other, not in the overlay's scratch",
                "Deployment/web container web: image nginx has no fixed tag (set it under images: in the kustomization)",
                "Deployment/web container web: has no cpu request",
                "Deployment/web container web: has no securityContext",
                "Deployment/web: spec.template.spec.automountServiceAccountToken must be false (no pod talks to the Kubernetes API)",
                "Service/web: selector {app=web} selects no pods of the overlay",
                "overlay: no default-deny NetworkPolicy (empty podSelector, policyTypes Ingress, no ingress rules)");
        assertThat(checks.problems()).anyMatch(p -> p.startsWith("Deployment/web: spec.selector {app=web} does not match the pod template's labels"));
    }

    @Test
    void aKubectlWithAnOldKustomizeIsRefusedWithAClearMessage() {
        assertThat(Kubectl.problemWithVersion("{\"clientVersion\":{\"gitVersion\":\"v1.32.4\"},\"kustomizeVersion\":\"v5.5.0\"}")).isNull();
        assertThat(Kubectl.problemWithVersion("{\"clientVersion\":{\"gitVersion\":\"v1.20.5\"},\"kustomizeVersion\":\"v2.0.3\"}"))
                .contains("embeds kustomize v2.0.3").contains("kubectl 1.27 or newer");
        assertThat(Kubectl.problemWithVersion("{\"clientVersion\":{\"gitVersion\":\"v1.13.0\"}}"))
                .contains("does not report an embedded kustomize");
    }
}
