package org.jixiao.k8scheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a kustomization with the kubectl found on this machine ({@code KUBECTL}, else {@code kubectl} on the
 * PATH, else /usr/bin/kubectl). The manifests use kustomize v5 fields (resources naming directories, patches with
 * targets, replicas, configMapGenerator with behavior), so the kubectl must embed kustomize v5 or newer (kubectl
 * 1.27+). An older one, such as Debian bookworm's kubernetes-client 1.20 (kustomize v2.0.3), is refused with a
 * message saying so rather than rendering something else.
 */
final class Kubectl {
    static final int MINIMUM_KUSTOMIZE_MAJOR = 5;
    private static final Pattern KUSTOMIZE_VERSION = Pattern.compile("\"kustomizeVersion\"\\s*:\\s*\"v?(\\d+)\\.(\\d+)\\.(\\d+)");

    private final String executable;
    private final String version;

    private Kubectl(String executable, String version) {
        this.executable = executable;
        this.version = version;
    }

    /** The kubectl of this machine, checked; throws with what to do when there is none or it is too old. */
    static Kubectl find() {
        String executable = locate();
        if (executable != null && !Files.isExecutable(Path.of(executable))) {
            throw new IllegalStateException("KUBECTL=" + executable + " is not an executable file");
        }
        if (executable == null) {
            throw new IllegalStateException("kubectl was not found (KUBECTL, PATH, /usr/bin/kubectl). The Kubernetes "
                    + "manifests check renders deploy/k8s with `kubectl kustomize` and needs kubectl 1.27 or newer "
                    + "(kustomize v5): install it (https://kubernetes.io/docs/tasks/tools/) or set KUBECTL to its path. "
                    + "Debian bookworm's kubernetes-client (1.20, kustomize v2) is too old. docs/deploy.md, \"Validation\".");
        }
        Result r = run(List.of(executable, "version", "--client", "-o", "json"));
        if (r.exit != 0) {
            throw new IllegalStateException(executable + " version --client failed (" + r.exit + "): " + r.err);
        }
        String problem = problemWithVersion(r.out);
        if (problem != null) {
            throw new IllegalStateException(executable + ": " + problem);
        }
        Matcher m = KUSTOMIZE_VERSION.matcher(r.out);
        return new Kubectl(executable, m.find() ? "kustomize v" + m.group(1) + "." + m.group(2) + "." + m.group(3) : "?");
    }

    /** Null when the `kubectl version --client -o json` output names kustomize v5 or newer, else why not. */
    static String problemWithVersion(String versionJson) {
        Matcher m = KUSTOMIZE_VERSION.matcher(versionJson);
        if (!m.find()) {
            return "this kubectl does not report an embedded kustomize (kubectl 1.14 to 1.20 embed kustomize v2, "
                    + "older ones none); deploy/k8s needs kubectl 1.27 or newer (kustomize v5)";
        }
        int major = Integer.parseInt(m.group(1));
        if (major < MINIMUM_KUSTOMIZE_MAJOR) {
            return "embeds kustomize v" + m.group(1) + "." + m.group(2) + "." + m.group(3) + "; deploy/k8s uses kustomize v"
                    + MINIMUM_KUSTOMIZE_MAJOR + " fields (resources naming directories, patches with targets, replicas): "
                    + "use kubectl 1.27 or newer (KUBECTL=/path/to/kubectl)";
        }
        return null;
    }

    String version() {
        return version;
    }

    /** `kubectl kustomize DIR`: the YAML stream, or an exception with kubectl's own message. */
    String kustomize(Path dir) {
        Result r = run(List.of(executable, "kustomize", dir.toString()));
        if (r.exit != 0) {
            throw new IllegalStateException("kubectl kustomize " + dir + " failed (" + r.exit + "):\n" + r.err);
        }
        return r.out;
    }

    private static String locate() {
        String configured = System.getenv("KUBECTL");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(dir, "kubectl");
                if (Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        return Files.isExecutable(Path.of("/usr/bin/kubectl")) ? "/usr/bin/kubectl" : null;
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(List<String> command) {
        try {
            Path out = Files.createTempFile("kubectl", ".out");
            Path err = Files.createTempFile("kubectl", ".err");
            try {
                ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command))
                        .redirectOutput(out.toFile()).redirectError(err.toFile());
                pb.environment().put("KUBECONFIG", "/dev/null"); // rendering needs no cluster
                Process p = pb.start();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " did not finish within 120 s");
                }
                return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
