package org.jixiao.k8scheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jixiao.k8scheck.Manifests.Obj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders every overlay of deploy/k8s as an operator would ({@code kubectl kustomize deploy/k8s/overlays/ENV}),
 * together with its Secret templates (overlays/ENV/secrets), and checks them: the generic rules of {@link Checks},
 * then what each overlay promises (replicas, autoscaling, databases) and who may talk to whom.
 */
class OverlaysTest {
    static final Path ROOT = Path.of(System.getProperty("jixiao.root", "../..")).toAbsolutePath().normalize();
    static final Path OVERLAYS = ROOT.resolve("deploy/k8s/overlays");
    private static final Map<String, Checks> CHECKED = new ConcurrentHashMap<>();
    private static Kubectl kubectl;

    static synchronized Kubectl kubectl() {
        if (kubectl == null) {
            kubectl = Kubectl.find();
        }
        return kubectl;
    }

    static Stream<String> overlays() throws IOException {
        try (Stream<Path> dirs = Files.list(OVERLAYS)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("kustomization.yaml")))
                    .map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    static Checks checked(String overlay) {
        return CHECKED.computeIfAbsent(overlay, o -> {
            Path dir = OVERLAYS.resolve(o);
            String rendered = kubectl().kustomize(dir);
            assertThat(dir.resolve("secrets/kustomization.yaml"))
                    .as("overlay %s keeps its Secret templates in secrets/ (a kustomization of their own)", o).isRegularFile();
            String templates = kubectl().kustomize(dir.resolve("secrets"));
            return Checks.run(rendered, templates);
        });
    }

    @Test
    void theOverlaysAreDevAndProdAtLeast() throws IOException {
        assertThat(overlays().toList()).contains("dev", "prod");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyObjectOfTheOverlayMeetsTheRules(String overlay) {
        Checks checks = checked(overlay);
        assertThat(checks.problems()).as("problems in overlay %s (rendered with %s)", overlay, kubectl().version()).isEmpty();
        assertThat(checks.objects()).extracting(Obj::kind)
                .contains("Namespace", "Deployment", "Service", "ServiceAccount", "ConfigMap", "Ingress", "NetworkPolicy");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void eachServiceAndDatabaseIsReachableOnlyByWhoNeedsIt(String overlay) {
        Checks checks = checked(overlay);
        boolean cnpg = checks.objects().stream().anyMatch(o -> o.is("Cluster"));
        Map<String, Set<String>> expected = new TreeMap<>();
        String ingress = "namespace:ingress-nginx";
        expected.put("budget-service", Set.of("pod:evaluation-service", "pod:report-service", ingress));
        expected.put("evaluation-service", Set.of("pod:report-service", ingress));
        expected.put("report-service", Set.of(ingress));
        for (String s : List.of("budget", "evaluation", "report")) {
            expected.put(s + "-db", cnpg
                    // the instances of the same cluster replicate; the operator reads their status
                    ? Set.of("pod:" + s + "-service", "pod:" + s + "-db", "namespace:cnpg-system")
                    : Set.of("pod:" + s + "-service"));
        }
        assertThat(checks.callers()).as("who can connect to whom in overlay %s", overlay).isEqualTo(expected);

        Map<String, Set<String>> outside = checks.externalDestinations();
        for (String s : List.of("budget-service", "evaluation-service", "report-service")) {
            Set<String> allowed = outside.get(s);
            assertThat(allowed).as("%s: egress outside the namespace's pods", s).contains("namespace:kube-system").doesNotContain("any");
            String keyLocation = checks.find("ConfigMap", configMapName(checks, "jixiao-common")).as(io.fabric8.kubernetes.api.model.ConfigMap.class)
                    .getData().get("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
            if (keyLocation.startsWith("https://")) {
                assertThat(allowed).as("%s fetches the JWKS of the identity provider", s).contains("ip:0.0.0.0/0");
            } else {
                assertThat(allowed).as("%s verifies with a mounted key: no egress beyond DNS", s).containsExactly("namespace:kube-system");
            }
        }
    }

    @Test
    void devRunsOneReplicaOfEachServiceAndAPostgresqlPerService() {
        Checks dev = checked("dev");
        for (String s : List.of("budget-service", "evaluation-service", "report-service")) {
            assertThat(dev.replicasOf(s)).as(s).isEqualTo("1");
        }
        assertThat(dev.objects()).noneMatch(o -> o.is("HorizontalPodAutoscaler") || o.is("Cluster"));
        assertThat(dev.objects()).filteredOn(o -> o.is("StatefulSet")).extracting(Obj::name)
                .containsExactlyInAnyOrder("budget-db", "evaluation-db", "report-db");
    }

    @Test
    void prodAutoscalesFromTwoReplicasWithDisruptionBudgetsAndOperatorManagedDatabases() {
        Checks prod = checked("prod");
        assertThat(prod.replicasOf("budget-service")).isEqualTo("2..6");
        assertThat(prod.replicasOf("evaluation-service")).isEqualTo("2..4");
        assertThat(prod.replicasOf("report-service")).isEqualTo("2..6");
        assertThat(prod.objects()).filteredOn(o -> o.is("PodDisruptionBudget")).extracting(Obj::name)
                .containsExactlyInAnyOrder("budget-service", "evaluation-service", "report-service");
        assertThat(prod.objects()).filteredOn(o -> o.is("Cluster"))
                .extracting(Obj::name).containsExactlyInAnyOrder("budget-db", "evaluation-db", "report-db");
        assertThat(prod.objects()).filteredOn(o -> o.is("Cluster"))
                .allSatisfy(c -> assertThat(c.raw().path("spec").path("instances").asInt()).as(c.ref()).isGreaterThanOrEqualTo(2));
        assertThat(prod.objects()).noneMatch(o -> o.is("StatefulSet"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void eachServiceHasItsOwnDatabaseCredentials(String overlay) {
        Checks checks = checked(overlay);
        Map<String, String> secretOf = new TreeMap<>();
        for (Obj d : checks.objects()) {
            if (d.is("Deployment")) {
                var c = d.as(io.fabric8.kubernetes.api.model.apps.Deployment.class).getSpec().getTemplate().getSpec().getContainers().get(0);
                c.getEnv().stream().filter(e -> e.getName().equals("QUARKUS_DATASOURCE_PASSWORD"))
                        .forEach(e -> secretOf.put(d.name(), e.getValueFrom().getSecretKeyRef().getName()));
            }
        }
        assertThat(secretOf).containsOnlyKeys("budget-service", "evaluation-service", "report-service");
        assertThat(Set.copyOf(secretOf.values())).as("one Secret per service").hasSize(3);
    }

    private static String configMapName(Checks checks, String generatedPrefix) {
        return checks.objects().stream().filter(o -> o.is("ConfigMap") && o.name().startsWith(generatedPrefix + "-"))
                .map(Obj::name).findFirst().orElseThrow();
    }
}
