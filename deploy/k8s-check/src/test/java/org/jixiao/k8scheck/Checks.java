package org.jixiao.k8scheck;

import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStrategy;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jixiao.k8scheck.Manifests.Obj;
import tools.jackson.databind.JsonNode;

/**
 * The rules every rendered overlay must meet (docs/deploy.md, "Validation"). Input: what `kubectl apply -k` would
 * apply (the overlay) and the overlay's Secret templates (overlays/ENV/secrets), both as YAML streams. Output: one
 * message per broken rule, naming the object and the field. The rules are generic (no service is named here);
 * what the topology must be is asserted by the tests on top of {@link #callers()}.
 */
final class Checks {
    /** A Secret value that is a placeholder, not a credential. */
    static final Pattern PLACEHOLDER = Pattern.compile(".*CHANGE_ME.*", Pattern.DOTALL);
    /** Secret keys whose values are not secret (a role name, a URL without credentials). */
    static final Set<String> NOT_SECRET_KEYS = Set.of("username", "jdbc-url");
    private static final Pattern CREDENTIAL_NAME = Pattern.compile("(?i).*(password|secret|token|private).*");
    private static final Pattern PRIVATE_KEY = Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----");
    /** quarkus.shutdown.timeout of the services (20 s) plus the preStop pause: the grace period must cover both. */
    static final long MINIMUM_GRACE_SECONDS = 30;

    /** A group of pods: a workload's template, or the instances a CloudNativePG Cluster makes. */
    record Pods(String owner, String name, Map<String, String> labels, Set<Integer> ports, Map<String, Integer> namedPorts,
                PodTemplateSpec template, Obj object) {
        boolean hasPort(IntOrString port) {
            if (port == null) {
                return true;
            }
            if (port.getIntVal() != null) {
                return ports.contains(port.getIntVal());
            }
            return namedPorts.containsKey(port.getStrVal());
        }
    }

    /** The value of a container's environment variable and where it comes from. */
    record Env(String value, String source) {
    }

    private final List<String> problems = new ArrayList<>();
    private final List<Obj> objects;
    private final Map<String, Secret> secrets = new LinkedHashMap<>();
    private final Map<String, ConfigMap> configMaps = new LinkedHashMap<>();
    private final List<Pods> pods = new ArrayList<>();
    private String namespace;

    private Checks(List<Obj> objects, List<Obj> templates) {
        this.objects = objects;
        for (Obj o : objects) {
            if (o.is("ConfigMap")) {
                configMaps.put(o.name(), o.as(ConfigMap.class));
            }
        }
        for (Obj t : templates) {
            if (t.is("Secret")) {
                secrets.put(t.name(), t.as(Secret.class));
            } else {
                problems.add("secret templates: " + t.ref() + ": only Secrets belong in the templates");
            }
        }
    }

    /** Parses and checks; every problem, the parser's included. */
    static Checks run(String rendered, String templates) {
        List<String> parseProblems = new ArrayList<>();
        List<Obj> objects = Manifests.parse(rendered, "overlay", parseProblems);
        List<Obj> secretTemplates = Manifests.parse(templates, "secret templates", parseProblems);
        Checks checks = new Checks(objects, secretTemplates);
        checks.problems.addAll(0, parseProblems);
        checks.checkAll(secretTemplates);
        return checks;
    }

    List<String> problems() {
        return problems;
    }

    List<Obj> objects() {
        return objects;
    }

    String namespace() {
        return namespace;
    }

    private void problem(String ref, String message) {
        problems.add(ref + ": " + message);
    }

    private void checkAll(List<Obj> templates) {
        checkNamespace(templates);
        checkUniqueNames();
        collectPods();
        checkServiceAccounts();
        for (Obj o : objects) {
            switch (o.kind()) {
                case "Deployment" -> checkDeployment(o, o.as(Deployment.class));
                case "StatefulSet" -> checkStatefulSet(o, o.as(StatefulSet.class));
                case "Service" -> checkService(o, o.as(Service.class));
                case "Ingress" -> checkIngress(o, o.as(Ingress.class));
                case "NetworkPolicy" -> checkNetworkPolicy(o, o.as(NetworkPolicy.class));
                case "HorizontalPodAutoscaler" -> checkAutoscaler(o, o.as(HorizontalPodAutoscaler.class));
                case "PodDisruptionBudget" -> checkDisruptionBudget(o, o.as(PodDisruptionBudget.class));
                case "Cluster" -> checkDatabaseCluster(o);
                case "Secret" -> problem(o.ref(), "a Secret in the overlay would overwrite the real one at every "
                        + "`kubectl apply -k`; keep it as a template in the overlay's secrets/ folder");
                case "ConfigMap" -> checkConfigMap(o, o.as(ConfigMap.class));
                default -> {
                }
            }
        }
        checkDefaultDeny();
        for (Obj t : templates) {
            if (t.is("Secret")) {
                checkSecretTemplate(t, t.as(Secret.class));
            }
        }
    }

    // ---------------------------------------------------------------- namespace, names

    private void checkNamespace(List<Obj> templates) {
        List<Obj> namespaces = objects.stream().filter(o -> o.is("Namespace")).toList();
        if (namespaces.size() != 1) {
            problem("overlay", "must contain exactly one Namespace (found " + namespaces.size() + ")");
            return;
        }
        Namespace ns = namespaces.get(0).as(Namespace.class);
        namespace = ns.getMetadata().getName();
        Map<String, String> labels = labels(ns.getMetadata().getLabels());
        if (!"restricted".equals(labels.get("pod-security.kubernetes.io/enforce"))) {
            problem(namespaces.get(0).ref(), "label pod-security.kubernetes.io/enforce must be \"restricted\"");
        }
        for (Obj o : objects) {
            if (!o.is("Namespace") && !Objects.equals(namespace, o.namespace())) {
                problem(o.ref(), "is in namespace " + o.namespace() + ", not in the overlay's " + namespace);
            }
        }
        for (Obj t : templates) {
            if (!Objects.equals(namespace, t.namespace())) {
                problem("secret templates: " + t.ref(), "is in namespace " + t.namespace() + ", not in " + namespace);
            }
        }
    }

    private void checkUniqueNames() {
        Set<String> seen = new TreeSet<>();
        for (Obj o : objects) {
            if (!seen.add(o.apiVersion() + " " + o.ref())) {
                problem(o.ref(), "appears twice");
            }
        }
    }

    // ---------------------------------------------------------------- pods

    private void collectPods() {
        for (Obj o : objects) {
            PodTemplateSpec template = switch (o.kind()) {
                case "Deployment" -> o.as(Deployment.class).getSpec() == null ? null : o.as(Deployment.class).getSpec().getTemplate();
                case "StatefulSet" -> o.as(StatefulSet.class).getSpec() == null ? null : o.as(StatefulSet.class).getSpec().getTemplate();
                default -> null;
            };
            if (template != null) {
                Map<String, String> labels = template.getMetadata() == null ? Map.of() : labels(template.getMetadata().getLabels());
                Set<Integer> ports = new TreeSet<>();
                Map<String, Integer> named = new TreeMap<>();
                if (template.getSpec() != null) {
                    for (Container c : list(template.getSpec().getContainers())) {
                        for (ContainerPort p : list(c.getPorts())) {
                            ports.add(p.getContainerPort());
                            if (p.getName() != null) {
                                named.put(p.getName(), p.getContainerPort());
                            }
                        }
                    }
                }
                pods.add(new Pods(o.ref(), labels.getOrDefault("app.kubernetes.io/name", o.name()), labels, ports, named, template, o));
            }
            if (o.is("Cluster")) {
                // CloudNativePG labels every instance with its cluster and role, plus spec.inheritedMetadata.labels
                Map<String, String> labels = new TreeMap<>();
                JsonNode inherited = o.raw().path("spec").path("inheritedMetadata").path("labels");
                for (String key : inherited.propertyNames()) {
                    labels.put(key, inherited.get(key).asString());
                }
                labels.put("cnpg.io/cluster", o.name());
                labels.put("cnpg.io/podRole", "instance");
                pods.add(new Pods(o.ref(), labels.getOrDefault("app.kubernetes.io/name", o.name()), labels,
                        Set.of(5432, 8000), Map.of("postgresql", 5432, "status", 8000), null, o));
            }
        }
    }

    List<Pods> pods() {
        return pods;
    }

    private List<Pods> podsSelectedBy(LabelSelector selector) {
        return pods.stream().filter(p -> matches(selector, p.labels())).toList();
    }

    private List<Pods> podsSelectedBy(Map<String, String> selector) {
        return pods.stream().filter(p -> !selector.isEmpty() && p.labels().entrySet().containsAll(selector.entrySet())).toList();
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        for (Map.Entry<String, String> e : labels(selector.getMatchLabels()).entrySet()) {
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        for (LabelSelectorRequirement r : list(selector.getMatchExpressions())) {
            String value = labels.get(r.getKey());
            List<String> values = list(r.getValues());
            boolean ok = switch (r.getOperator()) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEmpty(LabelSelector s) {
        return s == null || (labels(s.getMatchLabels()).isEmpty() && list(s.getMatchExpressions()).isEmpty());
    }

    // ---------------------------------------------------------------- workloads

    private void checkDeployment(Obj o, Deployment d) {
        if (d.getSpec() == null || d.getSpec().getTemplate() == null) {
            problem(o.ref(), "has no pod template");
            return;
        }
        checkSelector(o, d.getSpec().getSelector(), d.getSpec().getTemplate());
        DeploymentStrategy strategy = d.getSpec().getStrategy();
        if (strategy == null || !"RollingUpdate".equals(strategy.getType()) || strategy.getRollingUpdate() == null
                || !isZero(strategy.getRollingUpdate().getMaxUnavailable())) {
            problem(o.ref(), "spec.strategy must be RollingUpdate with maxUnavailable 0 (no ready pod is removed before its replacement is ready)");
        }
        checkPodSpec(o, d.getSpec().getTemplate(), true, Set.of());
    }

    private void checkStatefulSet(Obj o, StatefulSet s) {
        if (s.getSpec() == null || s.getSpec().getTemplate() == null) {
            problem(o.ref(), "has no pod template");
            return;
        }
        checkSelector(o, s.getSpec().getSelector(), s.getSpec().getTemplate());
        Set<String> claims = new TreeSet<>();
        list(s.getSpec().getVolumeClaimTemplates()).forEach(pvc -> claims.add(pvc.getMetadata().getName()));
        checkPodSpec(o, s.getSpec().getTemplate(), false, claims);
    }

    private static boolean isZero(IntOrString v) {
        return v != null && ((v.getIntVal() != null && v.getIntVal() == 0) || "0%".equals(v.getStrVal()) || "0".equals(v.getStrVal()));
    }

    private void checkSelector(Obj o, LabelSelector selector, PodTemplateSpec template) {
        Map<String, String> podLabels = template.getMetadata() == null ? Map.of() : labels(template.getMetadata().getLabels());
        if (isEmpty(selector)) {
            problem(o.ref(), "spec.selector is empty");
        } else if (!matches(selector, podLabels)) {
            problem(o.ref(), "spec.selector " + describe(selector) + " does not match the pod template's labels " + podLabels);
        }
    }

    private void checkPodSpec(Obj o, PodTemplateSpec template, boolean httpService, Set<String> claimTemplates) {
        PodSpec spec = template.getSpec();
        String ref = o.ref();
        if (spec == null || list(spec.getContainers()).isEmpty()) {
            problem(ref, "has no containers");
            return;
        }
        if (!Boolean.FALSE.equals(spec.getAutomountServiceAccountToken())) {
            problem(ref, "spec.template.spec.automountServiceAccountToken must be false (no pod talks to the Kubernetes API)");
        }
        if (spec.getServiceAccountName() != null && find("ServiceAccount", spec.getServiceAccountName()) == null) {
            problem(ref, "service account " + spec.getServiceAccountName() + " does not exist");
        }
        PodSecurityContext psc = spec.getSecurityContext();
        boolean podNonRoot = psc != null && Boolean.TRUE.equals(psc.getRunAsNonRoot());
        if (psc == null || psc.getSeccompProfile() == null || !"RuntimeDefault".equals(psc.getSeccompProfile().getType())) {
            problem(ref, "spec.template.spec.securityContext.seccompProfile.type must be RuntimeDefault");
        }
        if (psc != null && psc.getRunAsUser() != null && psc.getRunAsUser() == 0) {
            problem(ref, "spec.template.spec.securityContext.runAsUser must not be 0");
        }
        if (spec.getTerminationGracePeriodSeconds() != null && httpService
                && spec.getTerminationGracePeriodSeconds() < MINIMUM_GRACE_SECONDS) {
            problem(ref, "terminationGracePeriodSeconds " + spec.getTerminationGracePeriodSeconds() + " is shorter than the "
                    + "services' shutdown (quarkus.shutdown.timeout 20 s) plus the preStop pause: at least " + MINIMUM_GRACE_SECONDS);
        }
        if (httpService && spec.getTerminationGracePeriodSeconds() == null) {
            problem(ref, "terminationGracePeriodSeconds must be set (at least " + MINIMUM_GRACE_SECONDS + ")");
        }
        Map<String, Volume> volumes = new HashMap<>();
        for (Volume v : list(spec.getVolumes())) {
            volumes.put(v.getName(), v);
            checkVolumeReference(ref, v);
        }
        for (TopologySpreadConstraint t : list(spec.getTopologySpreadConstraints())) {
            Map<String, String> podLabels = template.getMetadata() == null ? Map.of() : labels(template.getMetadata().getLabels());
            if (!matches(t.getLabelSelector(), podLabels)) {
                problem(ref, "topologySpreadConstraints labelSelector " + describe(t.getLabelSelector()) + " does not select its own pods");
            }
        }
        for (Container c : list(spec.getContainers())) {
            String cref = ref + " container " + c.getName();
            checkImage(cref, c.getImage());
            checkResources(cref, c.getResources());
            checkSecurityContext(cref, c.getSecurityContext(), podNonRoot);
            if (c.getReadinessProbe() == null) {
                problem(cref, "has no readinessProbe");
            }
            if (c.getLivenessProbe() == null) {
                problem(cref, "has no livenessProbe");
            }
            Set<String> mountPaths = new TreeSet<>();
            for (VolumeMount m : list(c.getVolumeMounts())) {
                mountPaths.add(m.getMountPath());
                if (!volumes.containsKey(m.getName()) && !claimTemplates.contains(m.getName())) {
                    problem(cref, "mounts volume " + m.getName() + ", which the pod does not declare");
                }
            }
            if (c.getSecurityContext() != null && Boolean.TRUE.equals(c.getSecurityContext().getReadOnlyRootFilesystem())) {
                VolumeMount tmp = list(c.getVolumeMounts()).stream().filter(m -> "/tmp".equals(m.getMountPath())).findFirst().orElse(null);
                if (tmp == null || volumes.get(tmp.getName()) == null || volumes.get(tmp.getName()).getEmptyDir() == null) {
                    problem(cref, "has a read-only root filesystem but no writable /tmp (an emptyDir volume mounted at /tmp)");
                }
            }
            Map<String, Env> env = environment(cref, c, problems);
            if (httpService) {
                checkHttpService(cref, c, env, mountPaths);
            }
        }
    }

    private void checkVolumeReference(String ref, Volume v) {
        if (v.getSecret() != null && !Boolean.TRUE.equals(v.getSecret().getOptional()) && !secrets.containsKey(v.getSecret().getSecretName())) {
            problem(ref, "volume " + v.getName() + " refers to Secret " + v.getSecret().getSecretName() + ", which has no template");
        }
        if (v.getConfigMap() != null && !Boolean.TRUE.equals(v.getConfigMap().getOptional()) && !configMaps.containsKey(v.getConfigMap().getName())) {
            problem(ref, "volume " + v.getName() + " refers to ConfigMap " + v.getConfigMap().getName() + ", which does not exist");
        }
        if (v.getEmptyDir() == null && v.getSecret() == null && v.getConfigMap() == null && v.getPersistentVolumeClaim() == null) {
            problem(ref, "volume " + v.getName() + " is of a kind this check does not allow (emptyDir, secret, configMap, persistentVolumeClaim)");
        }
    }

    private void checkImage(String ref, String image) {
        if (image == null || image.isBlank()) {
            problem(ref, "has no image");
            return;
        }
        String last = image.substring(image.lastIndexOf('/') + 1);
        if (!image.contains("@sha256:") && (!last.contains(":") || last.endsWith(":latest"))) {
            problem(ref, "image " + image + " has no fixed tag (set it under images: in the kustomization)");
        }
    }

    private void checkResources(String ref, ResourceRequirements r) {
        Map<String, Quantity> requests = r == null ? Map.of() : map(r.getRequests());
        Map<String, Quantity> limits = r == null ? Map.of() : map(r.getLimits());
        for (String resource : List.of("cpu", "memory")) {
            if (!requests.containsKey(resource)) {
                problem(ref, "has no " + resource + " request");
            }
            if (!limits.containsKey(resource)) {
                problem(ref, "has no " + resource + " limit");
            }
            if (requests.containsKey(resource) && limits.containsKey(resource)
                    && requests.get(resource).getNumericalAmount().compareTo(limits.get(resource).getNumericalAmount()) > 0) {
                problem(ref, resource + " request " + requests.get(resource) + " is above its limit " + limits.get(resource));
            }
        }
    }

    private void checkSecurityContext(String ref, SecurityContext sc, boolean podNonRoot) {
        if (sc == null) {
            problem(ref, "has no securityContext");
            return;
        }
        if (!podNonRoot && !Boolean.TRUE.equals(sc.getRunAsNonRoot())) {
            problem(ref, "runAsNonRoot must be true (pod or container securityContext)");
        }
        if (sc.getRunAsUser() != null && sc.getRunAsUser() == 0) {
            problem(ref, "runAsUser must not be 0");
        }
        if (!Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())) {
            problem(ref, "securityContext.allowPrivilegeEscalation must be false");
        }
        if (Boolean.TRUE.equals(sc.getPrivileged())) {
            problem(ref, "securityContext.privileged must not be true");
        }
        if (!Boolean.TRUE.equals(sc.getReadOnlyRootFilesystem())) {
            problem(ref, "securityContext.readOnlyRootFilesystem must be true");
        }
        Capabilities caps = sc.getCapabilities();
        if (caps == null || !list(caps.getDrop()).contains("ALL")) {
            problem(ref, "securityContext.capabilities.drop must contain ALL");
        }
        if (caps != null && !list(caps.getAdd()).isEmpty()) {
            problem(ref, "securityContext.capabilities.add must be empty (found " + caps.getAdd() + ")");
        }
    }

    /** The container's environment as Kubernetes builds it: envFrom in order, then env (which wins). */
    private Map<String, Env> environment(String ref, Container c, List<String> sink) {
        Map<String, Env> env = new LinkedHashMap<>();
        for (EnvFromSource from : list(c.getEnvFrom())) {
            String prefix = from.getPrefix() == null ? "" : from.getPrefix();
            if (from.getConfigMapRef() != null) {
                String name = from.getConfigMapRef().getName();
                ConfigMap cm = configMaps.get(name);
                if (cm == null) {
                    if (!Boolean.TRUE.equals(from.getConfigMapRef().getOptional())) {
                        sink.add(ref + ": " + "envFrom refers to ConfigMap " + name + ", which does not exist");
                    }
                    continue;
                }
                map(cm.getData()).forEach((k, v) -> env.put(prefix + k, new Env(v, "ConfigMap " + name)));
            }
            if (from.getSecretRef() != null) {
                String name = from.getSecretRef().getName();
                Secret s = secrets.get(name);
                if (s == null) {
                    if (!Boolean.TRUE.equals(from.getSecretRef().getOptional())) {
                        sink.add(ref + ": " + "envFrom refers to Secret " + name + ", which has no template");
                    }
                    continue;
                }
                secretValues(s).forEach((k, v) -> env.put(prefix + k, new Env(v, "Secret " + name)));
            }
        }
        for (EnvVar e : list(c.getEnv())) {
            EnvVarSource from = e.getValueFrom();
            if (from == null) {
                env.put(e.getName(), new Env(e.getValue(), "value"));
            } else if (from.getSecretKeyRef() != null) {
                String name = from.getSecretKeyRef().getName();
                String key = from.getSecretKeyRef().getKey();
                Secret s = secrets.get(name);
                if (s == null) {
                    sink.add(ref + ": " + "env " + e.getName() + " refers to Secret " + name + ", which has no template");
                } else if (!secretValues(s).containsKey(key)) {
                    sink.add(ref + ": " + "env " + e.getName() + " refers to key " + key + " of Secret " + name + ", which it does not have");
                } else {
                    env.put(e.getName(), new Env(secretValues(s).get(key), "Secret " + name));
                }
            } else if (from.getConfigMapKeyRef() != null) {
                String name = from.getConfigMapKeyRef().getName();
                String key = from.getConfigMapKeyRef().getKey();
                ConfigMap cm = configMaps.get(name);
                if (cm == null) {
                    sink.add(ref + ": " + "env " + e.getName() + " refers to ConfigMap " + name + ", which does not exist");
                } else if (!map(cm.getData()).containsKey(key)) {
                    sink.add(ref + ": " + "env " + e.getName() + " refers to key " + key + " of ConfigMap " + name + ", which it does not have");
                } else {
                    env.put(e.getName(), new Env(map(cm.getData()).get(key), "ConfigMap " + name));
                }
            } else {
                env.put(e.getName(), new Env(null, "field"));
            }
        }
        return env;
    }

    /** What every Jixiao service container needs: the port, the probes under its root path, its configuration. */
    private void checkHttpService(String ref, Container c, Map<String, Env> env, Set<String> mountPaths) {
        if (list(c.getPorts()).stream().noneMatch(p -> p.getContainerPort() == 8080 && "http".equals(p.getName()))) {
            problem(ref, "must expose containerPort 8080 named http");
        }
        Env rootPath = env.get("QUARKUS_HTTP_ROOT_PATH");
        String root = rootPath == null || rootPath.value() == null ? "" : rootPath.value().replaceAll("/+$", "");
        if (rootPath == null) {
            problem(ref, "QUARKUS_HTTP_ROOT_PATH is not set (each service runs under its own path behind the Ingress)");
        }
        checkProbe(ref, "startupProbe", c.getStartupProbe(), root + "/q/health/started");
        checkProbe(ref, "readinessProbe", c.getReadinessProbe(), root + "/q/health/ready");
        checkProbe(ref, "livenessProbe", c.getLivenessProbe(), root + "/q/health/live");
        if (c.getLifecycle() == null || c.getLifecycle().getPreStop() == null) {
            problem(ref, "has no preStop pause (the endpoint must leave the Services before the server stops accepting)");
        }
        for (String name : List.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
            Env e = env.get(name);
            if (e == null) {
                problem(ref, name + " is not set");
            } else if (!e.source().startsWith("Secret ")) {
                problem(ref, name + " must come from the database's Secret, not from " + e.source());
            }
        }
        for (String name : List.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "MP_JWT_VERIFY_ISSUER", "JIXIAO_HTTP_PUBLIC_BASE_URL")) {
            Env e = env.get(name);
            if (e == null || e.value() == null || e.value().isBlank()) {
                problem(ref, name + " is not set");
            }
        }
        Env key = env.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        if (key != null && key.value() != null && key.value().startsWith("/")
                && mountPaths.stream().noneMatch(m -> key.value().startsWith(m.endsWith("/") ? m : m + "/"))) {
            problem(ref, "MP_JWT_VERIFY_PUBLICKEY_LOCATION " + key.value() + " is a file, but no volume is mounted above it");
        }
        Env base = env.get("JIXIAO_HTTP_PUBLIC_BASE_URL");
        if (base != null && base.value() != null) {
            URI uri = URI.create(base.value());
            if (uri.getHost() == null || (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/"))) {
                problem(ref, "JIXIAO_HTTP_PUBLIC_BASE_URL " + base.value() + " must be the public origin only (scheme and host): "
                        + "the Location paths already carry the root path, a path here would be doubled");
            }
        }
        Env jdbc = env.get("QUARKUS_DATASOURCE_JDBC_URL");
        if (jdbc != null && jdbc.value() != null) {
            checkJdbcUrl(ref, jdbc.value());
        }
        env.forEach((name, e) -> {
            if (name.startsWith("QUARKUS_REST_CLIENT_") && name.endsWith("_URL")) {
                checkPeerUrl(ref, name, e.value());
            }
        });
    }

    private void checkProbe(String ref, String which, Probe probe, String expectedPath) {
        if (probe == null) {
            problem(ref, "has no " + which);
            return;
        }
        if (probe.getHttpGet() == null) {
            problem(ref, which + " must be an HTTP GET of " + expectedPath);
            return;
        }
        if (!expectedPath.equals(probe.getHttpGet().getPath())) {
            problem(ref, which + " path is " + probe.getHttpGet().getPath() + ", expected " + expectedPath);
        }
        IntOrString port = probe.getHttpGet().getPort();
        if (port == null || !(Objects.equals(port.getIntVal(), 8080) || "http".equals(port.getStrVal()))) {
            problem(ref, which + " must probe port 8080 (http)");
        }
    }

    /** The database URL names a Service of the overlay or a CloudNativePG cluster's read-write Service. */
    private void checkJdbcUrl(String ref, String url) {
        if (PLACEHOLDER.matcher(url).matches()) {
            return;
        }
        if (!url.startsWith("jdbc:postgresql://")) {
            problem(ref, "QUARKUS_DATASOURCE_JDBC_URL " + url + " is not a jdbc:postgresql:// URL");
            return;
        }
        URI uri = URI.create(url.substring("jdbc:".length()));
        String host = uri.getHost();
        boolean known = find("Service", host) != null
                || objects.stream().anyMatch(o -> o.is("Cluster") && host != null && host.equals(o.name() + "-rw"));
        if (!known) {
            problem(ref, "QUARKUS_DATASOURCE_JDBC_URL names host " + host + ", which is neither a Service nor a database cluster's -rw Service here");
        }
    }

    /** A peer URL names a Service of the overlay, its port, and the root path of the pods behind it. */
    private void checkPeerUrl(String ref, String variable, String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (RuntimeException e) {
            problem(ref, variable + " " + url + " is not a URL");
            return;
        }
        Obj service = find("Service", uri.getHost());
        if (service == null) {
            problem(ref, variable + " names host " + uri.getHost() + ", which is not a Service of the overlay");
            return;
        }
        Service s = service.as(Service.class);
        int port = uri.getPort() < 0 ? 80 : uri.getPort();
        if (list(s.getSpec().getPorts()).stream().noneMatch(p -> p.getPort() == port)) {
            problem(ref, variable + " uses port " + port + ", which Service " + uri.getHost() + " does not offer");
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
        for (Pods p : podsSelectedBy(labels(s.getSpec().getSelector()))) {
            String root = rootPathOf(p);
            if (root != null && !root.equals(path)) {
                problem(ref, variable + " " + url + " has path \"" + path + "\", but the pods of Service " + uri.getHost()
                        + " run under root path \"" + root + "\"");
            }
        }
    }

    /** QUARKUS_HTTP_ROOT_PATH of a workload's first container, without a trailing slash; null when unset. */
    private String rootPathOf(Pods p) {
        if (p.template() == null || p.template().getSpec() == null || list(p.template().getSpec().getContainers()).isEmpty()) {
            return null;
        }
        Env e = environment("", p.template().getSpec().getContainers().get(0), new ArrayList<>()).get("QUARKUS_HTTP_ROOT_PATH");
        return e == null || e.value() == null ? null : e.value().replaceAll("/+$", "");
    }

    private void checkServiceAccounts() {
        for (Obj o : objects) {
            if (o.is("ServiceAccount") && !Boolean.FALSE.equals(o.as(ServiceAccount.class).getAutomountServiceAccountToken())) {
                problem(o.ref(), "automountServiceAccountToken must be false");
            }
        }
    }

    // ---------------------------------------------------------------- services, ingress

    private void checkService(Obj o, Service s) {
        Map<String, String> selector = s.getSpec() == null ? Map.of() : labels(s.getSpec().getSelector());
        if (selector.isEmpty()) {
            problem(o.ref(), "has no selector");
            return;
        }
        List<Pods> selected = podsSelectedBy(selector);
        if (selected.isEmpty()) {
            problem(o.ref(), "selector " + selector + " selects no pods of the overlay");
            return;
        }
        for (ServicePort port : list(s.getSpec().getPorts())) {
            IntOrString target = port.getTargetPort() == null ? new IntOrString(port.getPort()) : port.getTargetPort();
            for (Pods p : selected) {
                if (!p.hasPort(target)) {
                    problem(o.ref(), "port " + port.getName() + " targets " + (target.getIntVal() != null ? target.getIntVal() : target.getStrVal())
                            + ", which the pods of " + p.owner() + " do not expose");
                }
            }
        }
    }

    private void checkIngress(Obj o, Ingress ing) {
        Set<String> tlsHosts = new TreeSet<>();
        for (IngressTLS tls : list(ing.getSpec().getTls())) {
            tlsHosts.addAll(list(tls.getHosts()));
            if (tls.getSecretName() != null && !secrets.containsKey(tls.getSecretName())) {
                problem(o.ref(), "TLS Secret " + tls.getSecretName() + " has no template");
            }
        }
        Set<String> publicBases = new TreeSet<>();
        for (Pods p : pods) {
            if (p.template() == null) {
                continue;
            }
            for (Container c : list(p.template().getSpec().getContainers())) {
                Env e = environment("", c, new ArrayList<>()).get("JIXIAO_HTTP_PUBLIC_BASE_URL");
                if (e != null && e.value() != null) {
                    publicBases.add(e.value().replaceAll("/+$", ""));
                }
            }
        }
        for (IngressRule rule : list(ing.getSpec().getRules())) {
            String host = rule.getHost();
            if (host == null || host.isBlank()) {
                problem(o.ref(), "a rule has no host (one host serves the three APIs)");
            }
            String expectedBase = (tlsHosts.contains(host) ? "https://" : "http://") + host;
            for (String base : publicBases) {
                if (!base.equals(expectedBase)) {
                    problem(o.ref(), "host " + host + (tlsHosts.contains(host) ? " (TLS)" : " (no TLS)") + " but the services' "
                            + "JIXIAO_HTTP_PUBLIC_BASE_URL is " + base + " (expected " + expectedBase + ")");
                }
            }
            if (rule.getHttp() == null) {
                continue;
            }
            for (HTTPIngressPath path : list(rule.getHttp().getPaths())) {
                IngressServiceBackend backend = path.getBackend() == null ? null : path.getBackend().getService();
                if (backend == null) {
                    problem(o.ref(), "path " + path.getPath() + " has no Service backend");
                    continue;
                }
                if (!"Prefix".equals(path.getPathType()) && !"Exact".equals(path.getPathType())) {
                    problem(o.ref(), "path " + path.getPath() + " must have pathType Prefix or Exact (not " + path.getPathType() + ")");
                }
                Obj service = find("Service", backend.getName());
                if (service == null) {
                    problem(o.ref(), "path " + path.getPath() + " routes to Service " + backend.getName() + ", which does not exist");
                    continue;
                }
                Service s = service.as(Service.class);
                boolean portExists = list(s.getSpec().getPorts()).stream().anyMatch(p -> backend.getPort() != null
                        && (Objects.equals(p.getName(), backend.getPort().getName()) && backend.getPort().getName() != null
                        || Objects.equals(p.getPort(), backend.getPort().getNumber())));
                if (!portExists) {
                    problem(o.ref(), "path " + path.getPath() + " routes to a port Service " + backend.getName() + " does not have");
                }
                for (Pods p : podsSelectedBy(labels(s.getSpec().getSelector()))) {
                    String root = rootPathOf(p);
                    if (root != null && !(path.getPath().equals(root) || path.getPath().startsWith(root + "/"))) {
                        problem(o.ref(), "path " + path.getPath() + " is not under the root path " + root + " of " + p.owner()
                                + " (nothing is rewritten: the path reaches the service as it is)");
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- network policies

    private void checkNetworkPolicy(Obj o, NetworkPolicy np) {
        LabelSelector selector = np.getSpec().getPodSelector();
        List<Pods> targets = isEmpty(selector) ? pods : podsSelectedBy(selector);
        if (!isEmpty(selector) && targets.isEmpty()) {
            problem(o.ref(), "spec.podSelector " + describe(selector) + " selects no pods of the overlay");
        }
        List<String> types = list(np.getSpec().getPolicyTypes());
        if (types.isEmpty()) {
            problem(o.ref(), "spec.policyTypes must be explicit");
        }
        if (!types.contains("Ingress") && !list(np.getSpec().getIngress()).isEmpty()) {
            problem(o.ref(), "has ingress rules but policyTypes lacks Ingress (the rules would be ignored)");
        }
        if (!types.contains("Egress") && !list(np.getSpec().getEgress()).isEmpty()) {
            problem(o.ref(), "has egress rules but policyTypes lacks Egress (the rules would be ignored)");
        }
        for (NetworkPolicyIngressRule rule : list(np.getSpec().getIngress())) {
            for (NetworkPolicyPeer peer : list(rule.getFrom())) {
                checkPeer(o, "from", peer);
            }
            for (NetworkPolicyPort port : list(rule.getPorts())) {
                for (Pods t : targets) {
                    if (!t.hasPort(port.getPort())) {
                        problem(o.ref(), "allows port " + portText(port) + ", which the pods of " + t.owner() + " do not expose");
                    }
                }
            }
        }
        for (NetworkPolicyEgressRule rule : list(np.getSpec().getEgress())) {
            for (NetworkPolicyPeer peer : list(rule.getTo())) {
                checkPeer(o, "to", peer);
                if (peer.getNamespaceSelector() == null && peer.getIpBlock() == null && peer.getPodSelector() != null) {
                    for (Pods dest : podsSelectedBy(peer.getPodSelector())) {
                        for (NetworkPolicyPort port : list(rule.getPorts())) {
                            if (!dest.hasPort(port.getPort())) {
                                problem(o.ref(), "allows egress to port " + portText(port) + " of " + dest.owner() + ", which it does not expose");
                            }
                        }
                    }
                }
            }
        }
    }

    private void checkPeer(Obj o, String direction, NetworkPolicyPeer peer) {
        if (peer.getNamespaceSelector() == null && peer.getIpBlock() == null) {
            if (peer.getPodSelector() == null || isEmpty(peer.getPodSelector())) {
                problem(o.ref(), direction + " every pod of the namespace: name the pods");
            } else if (podsSelectedBy(peer.getPodSelector()).isEmpty()) {
                problem(o.ref(), direction + " podSelector " + describe(peer.getPodSelector()) + " selects no pods of the overlay");
            }
        }
        if (peer.getNamespaceSelector() != null && isEmpty(peer.getNamespaceSelector())) {
            problem(o.ref(), direction + " every namespace: name the namespace");
        }
    }

    private static String portText(NetworkPolicyPort p) {
        return p.getPort() == null ? "(all)" : p.getPort().getIntVal() != null ? String.valueOf(p.getPort().getIntVal()) : p.getPort().getStrVal();
    }

    private void checkDefaultDeny() {
        boolean found = objects.stream().filter(o -> o.is("NetworkPolicy")).map(o -> o.as(NetworkPolicy.class))
                .anyMatch(np -> isEmpty(np.getSpec().getPodSelector()) && list(np.getSpec().getPolicyTypes()).contains("Ingress")
                        && list(np.getSpec().getIngress()).isEmpty());
        if (!found) {
            problem("overlay", "no default-deny NetworkPolicy (empty podSelector, policyTypes Ingress, no ingress rules)");
        }
    }

    /**
     * Who can open a connection to each group of pods, as the network policies decide: "pod:NAME" for a group of
     * the namespace (both its egress and the target's ingress must allow it, on a port the target exposes),
     * "namespace:NAME" or "ip:CIDR" for callers from outside (the target's ingress allows them). Key: the group's name.
     */
    Map<String, Set<String>> callers() {
        Map<String, Set<String>> result = new TreeMap<>();
        for (Pods target : pods) {
            Set<String> callers = new TreeSet<>();
            for (Pods source : pods) {
                if (reaches(source, target)) {
                    callers.add("pod:" + source.name());
                }
            }
            callers.addAll(externalCallers(target));
            result.put(target.name(), callers);
        }
        return result;
    }

    /** Where each group of pods may open connections outside the namespace's pods ("any" when egress is not restricted). */
    Map<String, Set<String>> externalDestinations() {
        Map<String, Set<String>> result = new TreeMap<>();
        for (Pods source : pods) {
            List<NetworkPolicy> egress = policies(source, "Egress");
            Set<String> out = new TreeSet<>();
            if (egress.isEmpty()) {
                out.add("any");
            }
            for (NetworkPolicy np : egress) {
                for (NetworkPolicyEgressRule rule : list(np.getSpec().getEgress())) {
                    if (list(rule.getTo()).isEmpty()) {
                        out.add("any");
                    }
                    for (NetworkPolicyPeer peer : list(rule.getTo())) {
                        String external = externalName(peer);
                        if (external != null) {
                            out.add(external);
                        }
                    }
                }
            }
            result.put(source.name(), out);
        }
        return result;
    }

    private List<NetworkPolicy> policies(Pods p, String type) {
        return objects.stream().filter(o -> o.is("NetworkPolicy")).map(o -> o.as(NetworkPolicy.class))
                .filter(np -> list(np.getSpec().getPolicyTypes()).contains(type))
                .filter(np -> isEmpty(np.getSpec().getPodSelector()) || matches(np.getSpec().getPodSelector(), p.labels()))
                .toList();
    }

    private boolean reaches(Pods source, Pods target) {
        for (int port : target.ports()) {
            if (egressAllows(source, target, port) && ingressAllows(target, source, port)) {
                return true;
            }
        }
        return false;
    }

    private boolean egressAllows(Pods source, Pods target, int port) {
        List<NetworkPolicy> egress = policies(source, "Egress");
        if (egress.isEmpty()) {
            return true;
        }
        for (NetworkPolicy np : egress) {
            for (NetworkPolicyEgressRule rule : list(np.getSpec().getEgress())) {
                if (portAllowed(rule.getPorts(), target, port) && (list(rule.getTo()).isEmpty()
                        || list(rule.getTo()).stream().anyMatch(peer -> peerIs(peer, target)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean ingressAllows(Pods target, Pods source, int port) {
        List<NetworkPolicy> ingress = policies(target, "Ingress");
        if (ingress.isEmpty()) {
            return true;
        }
        for (NetworkPolicy np : ingress) {
            for (NetworkPolicyIngressRule rule : list(np.getSpec().getIngress())) {
                if (portAllowed(rule.getPorts(), target, port) && (list(rule.getFrom()).isEmpty()
                        || list(rule.getFrom()).stream().anyMatch(peer -> peerIs(peer, source)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A peer in this namespace: a pod selector alone, or an ipBlock (pod addresses are addresses too). */
    private static boolean peerIs(NetworkPolicyPeer peer, Pods pods) {
        if (peer.getIpBlock() != null) {
            return true;
        }
        return peer.getNamespaceSelector() == null && peer.getPodSelector() != null && matches(peer.getPodSelector(), pods.labels());
    }

    private static boolean portAllowed(List<NetworkPolicyPort> ports, Pods target, int port) {
        if (list(ports).isEmpty()) {
            return true;
        }
        for (NetworkPolicyPort p : ports) {
            IntOrString v = p.getPort();
            if (v == null || (v.getIntVal() != null && v.getIntVal() == port)
                    || (v.getStrVal() != null && Objects.equals(target.namedPorts().get(v.getStrVal()), port))) {
                return true;
            }
        }
        return false;
    }

    private Set<String> externalCallers(Pods target) {
        List<NetworkPolicy> ingress = policies(target, "Ingress");
        Set<String> out = new TreeSet<>();
        if (ingress.isEmpty()) {
            out.add("any");
        }
        for (NetworkPolicy np : ingress) {
            for (NetworkPolicyIngressRule rule : list(np.getSpec().getIngress())) {
                if (list(rule.getFrom()).isEmpty()) {
                    out.add("any");
                }
                for (NetworkPolicyPeer peer : list(rule.getFrom())) {
                    String external = externalName(peer);
                    if (external != null) {
                        out.add(external);
                    }
                }
            }
        }
        return out;
    }

    private static String externalName(NetworkPolicyPeer peer) {
        if (peer.getIpBlock() != null) {
            return "ip:" + peer.getIpBlock().getCidr();
        }
        if (peer.getNamespaceSelector() != null) {
            String ns = labels(peer.getNamespaceSelector().getMatchLabels()).get("kubernetes.io/metadata.name");
            return "namespace:" + (ns != null ? ns : describe(peer.getNamespaceSelector()));
        }
        return null;
    }

    // ---------------------------------------------------------------- autoscaling, disruption budgets

    private void checkAutoscaler(Obj o, HorizontalPodAutoscaler hpa) {
        var ref = hpa.getSpec().getScaleTargetRef();
        Obj target = ref == null ? null : find(ref.getKind(), ref.getName());
        if (target == null) {
            problem(o.ref(), "scales " + (ref == null ? "nothing" : ref.getKind() + "/" + ref.getName()) + ", which does not exist");
            return;
        }
        int min = hpa.getSpec().getMinReplicas() == null ? 1 : hpa.getSpec().getMinReplicas();
        if (min < 2) {
            problem(o.ref(), "minReplicas " + min + ": at least 2, so that a node drain or a failing pod leaves one serving");
        }
        if (hpa.getSpec().getMaxReplicas() == null || hpa.getSpec().getMaxReplicas() < min) {
            problem(o.ref(), "maxReplicas must be at least minReplicas");
        }
        if (target.is("Deployment") && target.as(Deployment.class).getSpec().getReplicas() != null) {
            problem(target.ref(), "sets spec.replicas although " + o.ref() + " owns it (every apply would reset the autoscaler's choice)");
        }
    }

    private void checkDisruptionBudget(Obj o, PodDisruptionBudget pdb) {
        List<Pods> selected = podsSelectedBy(pdb.getSpec().getSelector());
        if (isEmpty(pdb.getSpec().getSelector()) || selected.isEmpty()) {
            problem(o.ref(), "selector " + describe(pdb.getSpec().getSelector()) + " selects no pods of the overlay");
            return;
        }
        for (Pods p : selected) {
            int replicas = minimumReplicas(p);
            IntOrString minAvailable = pdb.getSpec().getMinAvailable();
            if (minAvailable != null && minAvailable.getIntVal() != null && minAvailable.getIntVal() >= replicas) {
                problem(o.ref(), "minAvailable " + minAvailable.getIntVal() + " with at least " + replicas + " replica(s) of "
                        + p.owner() + ": no pod could ever be evicted, node drains would block");
            }
        }
    }

    /** The fewest replicas a workload runs: the autoscaler's minimum, else spec.replicas (1 when unset). */
    private int minimumReplicas(Pods p) {
        for (Obj o : objects) {
            if (o.is("HorizontalPodAutoscaler")) {
                var hpa = o.as(HorizontalPodAutoscaler.class);
                if (hpa.getSpec().getScaleTargetRef() != null && p.owner().equals(hpa.getSpec().getScaleTargetRef().getKind() + "/"
                        + hpa.getSpec().getScaleTargetRef().getName())) {
                    return hpa.getSpec().getMinReplicas() == null ? 1 : hpa.getSpec().getMinReplicas();
                }
            }
        }
        if (p.object().is("Deployment")) {
            Integer r = p.object().as(Deployment.class).getSpec().getReplicas();
            return r == null ? 1 : r;
        }
        if (p.object().is("StatefulSet")) {
            Integer r = p.object().as(StatefulSet.class).getSpec().getReplicas();
            return r == null ? 1 : r;
        }
        return p.object().raw().path("spec").path("instances").asInt(1);
    }

    /** Replicas of a Deployment as deployed: the autoscaler's bounds, else spec.replicas. */
    String replicasOf(String deployment) {
        for (Obj o : objects) {
            if (o.is("HorizontalPodAutoscaler")) {
                var hpa = o.as(HorizontalPodAutoscaler.class);
                if (hpa.getSpec().getScaleTargetRef() != null && deployment.equals(hpa.getSpec().getScaleTargetRef().getName())) {
                    return hpa.getSpec().getMinReplicas() + ".." + hpa.getSpec().getMaxReplicas();
                }
            }
        }
        Obj d = find("Deployment", deployment);
        if (d == null) {
            return null;
        }
        Integer r = d.as(Deployment.class).getSpec().getReplicas();
        return String.valueOf(r == null ? 1 : r);
    }

    // ---------------------------------------------------------------- CloudNativePG

    /** The fields of a CloudNativePG Cluster spec this check knows; anything else is refused like an unknown field. */
    static final Set<String> CLUSTER_SPEC_FIELDS = Set.of("description", "instances", "imageName", "primaryUpdateStrategy",
            "enableSuperuserAccess", "inheritedMetadata", "bootstrap", "postgresql", "storage", "walStorage", "resources",
            "affinity", "monitoring", "backup", "plugins", "minSyncReplicas", "maxSyncReplicas", "startDelay", "stopDelay");

    private void checkDatabaseCluster(Obj o) {
        JsonNode raw = o.raw();
        String ref = o.ref();
        if (!"postgresql.cnpg.io/v1".equals(o.apiVersion())) {
            problem(ref, "apiVersion must be postgresql.cnpg.io/v1");
        }
        JsonNode spec = raw.path("spec");
        if (!spec.isObject()) {
            problem(ref, "has no spec");
            return;
        }
        for (String field : spec.propertyNames()) {
            if (!CLUSTER_SPEC_FIELDS.contains(field)) {
                problem(ref, "unknown field spec." + field + " (not in this check's schema of a CloudNativePG Cluster)");
            }
        }
        if (!spec.path("instances").isIntegralNumber() || spec.path("instances").asInt() < 1) {
            problem(ref, "spec.instances must be a whole number of at least 1");
        }
        String size = spec.path("storage").path("size").asString("");
        if (size.isEmpty()) {
            problem(ref, "spec.storage.size is required");
        } else {
            try {
                Quantity.getAmountInBytes(Quantity.parse(size));
            } catch (RuntimeException e) {
                problem(ref, "spec.storage.size " + size + " is not a quantity");
            }
        }
        JsonNode initdb = spec.path("bootstrap").path("initdb");
        String database = initdb.path("database").asString("");
        String owner = initdb.path("owner").asString("");
        String secretName = initdb.path("secret").path("name").asString("");
        if (database.isEmpty() || owner.isEmpty() || secretName.isEmpty()) {
            problem(ref, "spec.bootstrap.initdb needs database, owner and secret.name (the owner's credentials)");
        } else {
            Secret secret = secrets.get(secretName);
            if (secret == null) {
                problem(ref, "spec.bootstrap.initdb.secret " + secretName + " has no template");
            } else {
                if (!"kubernetes.io/basic-auth".equals(secret.getType())) {
                    problem(ref, "Secret " + secretName + " must be of type kubernetes.io/basic-auth (CloudNativePG reads username and password)");
                }
                String username = secretValues(secret).get("username");
                if (!owner.equals(username)) {
                    problem(ref, "Secret " + secretName + " has username " + username + ", but the owner is " + owner);
                }
            }
        }
        if (spec.path("inheritedMetadata").path("labels").isEmpty()) {
            problem(ref, "spec.inheritedMetadata.labels is needed: the network policies select the instances by them");
        }
        JsonNode resources = spec.path("resources");
        for (String kind : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                if (resources.path(kind).path(resource).isMissingNode()) {
                    problem(ref, "spec.resources." + kind + "." + resource + " is required");
                }
            }
        }
        if (spec.path("enableSuperuserAccess").asBoolean(false)) {
            problem(ref, "spec.enableSuperuserAccess must stay false");
        }
    }

    // ---------------------------------------------------------------- secrets, config maps

    private void checkSecretTemplate(Obj o, Secret s) {
        String ref = "secret templates: " + o.ref();
        Map<String, String> values = secretValues(s);
        if (values.isEmpty()) {
            problem(ref, "has no values");
        }
        values.forEach((key, value) -> {
            if (value == null) {
                return;
            }
            if (PRIVATE_KEY.matcher(value).find()) {
                problem(ref, "key " + key + " holds a private key; templates carry placeholders only");
            } else if (NOT_SECRET_KEYS.contains(key)) {
                if (value.toLowerCase().contains("password=")) {
                    problem(ref, "key " + key + " carries a password; keep it in the password key as a placeholder");
                }
            } else if (!PLACEHOLDER.matcher(value).matches()) {
                problem(ref, "key " + key + " has a real-looking value; committed templates carry placeholders (CHANGE_ME) only");
            }
        });
    }

    private void checkConfigMap(Obj o, ConfigMap cm) {
        map(cm.getData()).forEach((key, value) -> {
            if (CREDENTIAL_NAME.matcher(key).matches()) {
                problem(o.ref(), "key " + key + " looks like a credential: credentials go to Secrets");
            }
            if (value != null && PRIVATE_KEY.matcher(value).find()) {
                problem(o.ref(), "key " + key + " holds a private key");
            }
        });
    }

    /** A Secret's values: stringData as is, data decoded from base64. */
    static Map<String, String> secretValues(Secret s) {
        Map<String, String> values = new TreeMap<>();
        map(s.getData()).forEach((k, v) -> {
            try {
                values.put(k, new String(Base64.getDecoder().decode(v), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                values.put(k, v);
            }
        });
        values.putAll(map(s.getStringData()));
        return values;
    }

    // ---------------------------------------------------------------- helpers

    Obj find(String kind, String name) {
        return objects.stream().filter(o -> o.is(kind) && o.name().equals(name)).findFirst().orElse(null);
    }

    private static String describe(LabelSelector s) {
        if (s == null) {
            return "(none)";
        }
        Map<String, String> labels = labels(s.getMatchLabels());
        List<LabelSelectorRequirement> expressions = list(s.getMatchExpressions());
        return expressions.isEmpty() ? labels.toString() : labels + " " + expressions;
    }

    static Map<String, String> labels(Map<String, String> m) {
        return m == null ? Map.of() : m;
    }

    static <K, V> Map<K, V> map(Map<K, V> m) {
        return m == null ? Map.of() : m;
    }

    static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }

    static Set<String> set(String... values) {
        return new LinkedHashSet<>(List.of(values));
    }
}
