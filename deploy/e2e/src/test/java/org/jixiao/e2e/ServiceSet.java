package org.jixiao.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The three packaged services as child processes, each on a free port against its own *_e2e
 * database (Flyway cleans it at start), wired to each other by the rest-client URLs, with
 * authentication on: they verify bearer tokens with the run's public key ({@link E2eKeys}, under
 * target/e2e-keys/) and the issuer https://jixiao.local/dev. Logs go to
 * target/e2e-logs/{service}.log. {@link #close()} stops them; a shutdown hook does the same if
 * the JVM ends first.
 */
final class ServiceSet implements AutoCloseable {
    static final List<String> SERVICES = List.of("budget-service", "evaluation-service", "report-service");

    private final Path root;
    private final Path logDir;
    private final E2eKeys keys;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Thread shutdownHook = new Thread(this::stopAll, "e2e-services-stop");

    /** Makes the run's key pair under target/e2e-keys (beside the log directory). */
    ServiceSet(Path root, Path logDir) throws IOException {
        this.root = root;
        this.logDir = logDir;
        this.keys = E2eKeys.create(logDir.resolveSibling("e2e-keys"));
    }

    /** The key pair the services trust: sign the run's tokens with it. */
    E2eKeys keys() {
        return keys;
    }

    String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    Path log(String service) {
        return logDir.resolve(service + ".log");
    }

    /**
     * One process to start: a name (its log and URL key), the service module whose jar it runs, and environment
     * variables that override the defaults (its *_e2e database cleaned at start, the peers, the run's key).
     */
    record Instance(String name, String module, Map<String, String> env) {
        static Instance of(String module) {
            return new Instance(module, module, Map.of());
        }
    }

    /** Starts the three services (in parallel) and waits until each answers /q/health/ready. */
    void start(Duration readyTimeout) throws IOException, InterruptedException {
        start(SERVICES.stream().map(Instance::of).toList(), readyTimeout);
    }

    /** Starts the instances at once and waits until each answers /q/health/ready. */
    void start(List<Instance> instances, Duration readyTimeout) throws IOException, InterruptedException {
        List<String> missing = new ArrayList<>();
        for (Instance instance : instances) {
            if (!Files.isRegularFile(jar(instance.module())) && !missing.contains(instance.module())) {
                missing.add(root.relativize(jar(instance.module())).toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("packaged services missing: " + missing
                    + " (the reactor builds them first: ./mvnw -B verify, or ./mvnw -B verify -pl deploy/e2e -am)");
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(pgHost(), pgPort()), 3000);
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL does not answer on " + pgHost() + ":" + pgPort()
                    + " (run deploy/local/db.sh, which also creates the jixiao_*_e2e databases)", e);
        }
        for (Instance instance : instances) {
            ports.put(instance.name(), freePort());
        }
        Files.createDirectories(logDir);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (Instance instance : instances) {
            String db = database(instance.module());
            ProcessBuilder pb = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xmx512m", "-jar",
                    jar(instance.module()).toString())
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log(instance.name()).toFile());
            Map<String, String> env = pb.environment();
            env.put("QUARKUS_HTTP_PORT", String.valueOf(ports.get(instance.name())));
            env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl(instance.module()));
            env.put("QUARKUS_DATASOURCE_USERNAME", db);
            env.put("QUARKUS_DATASOURCE_PASSWORD", env("JIXIAO_DB_PASSWORD", db));
            env.put("QUARKUS_FLYWAY_CLEAN_AT_START", "true");
            env.put("QUARKUS_FLYWAY_CLEAN_DISABLED", "false");
            if (ports.containsKey("budget-service")) {
                env.put("QUARKUS_REST_CLIENT_BUDGET_SERVICE_URL", url("budget-service"));
            }
            if (ports.containsKey("evaluation-service")) {
                env.put("QUARKUS_REST_CLIENT_EVALUATION_SERVICE_URL", url("evaluation-service"));
            }
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKey().toString());
            env.put("MP_JWT_VERIFY_ISSUER", E2eKeys.ISSUER);
            env.putAll(instance.env());
            processes.put(instance.name(), pb.start());
        }
        long deadline = System.nanoTime() + readyTimeout.toNanos();
        for (Instance instance : instances) {
            waitReady(instance.name(), deadline);
        }
    }

    /** The service's login role and database name stem: budget-service → jixiao_budget. */
    static String database(String module) {
        return "jixiao_" + module.substring(0, module.indexOf('-'));
    }

    static String jdbcUrl(String module) {
        return "jdbc:postgresql://" + pgHost() + ":" + pgPort() + "/" + database(module) + "_e2e";
    }

    static String pgHost() {
        return env("PGHOST", "127.0.0.1");
    }

    static int pgPort() {
        return Integer.parseInt(env("PGPORT", "5432"));
    }

    /** The running process of an instance (to stop one on purpose). */
    Process process(String name) {
        return processes.get(name);
    }

    private void waitReady(String service, long deadline) throws InterruptedException {
        URI health = URI.create(url(service) + "/q/health/ready");
        while (true) {
            Process process = processes.get(service);
            if (!process.isAlive()) {
                throw new IllegalStateException(service + " exited with " + process.exitValue() + "; log "
                        + log(service) + ":\n" + tail(service));
            }
            if (status(health) == 200) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(service + " not ready in time; log " + log(service) + ":\n" + tail(service));
            }
            Thread.sleep(250);
        }
    }

    String tail(String service) {
        try {
            List<String> lines = Files.readAllLines(log(service), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException | IllegalArgumentException ignored) {
            // shutting down already, or never registered
        }
    }

    private synchronized void stopAll() {
        processes.values().forEach(Process::destroy);
        for (Process process : processes.values()) {
            try {
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        processes.clear();
    }

    private Path jar(String service) {
        return root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private static int status(URI uri) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            try {
                return connection.getResponseCode();
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
