import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A whole city's year through the three services' public APIs, then its batch jobs timed (deploy/bench/city-bench.sh).
 *
 * Usage: java CityBench.java <budgetUrl> <evaluationUrl> <reportUrl> <privateKey.pem> <issuer> <departments> <projects>
 *                            <year> <parallel> <demoDir> <workDir>
 *
 * Generates three fiscal years:
 *   year-2: one department (ONE-A), measured first (cold services);
 *   year:   the city, departments × projects (CITY-000 …);
 *   year-1: one department (ONE-B), measured after the city (warm services): the base of the ratio.
 * Each department: basic lines and one line per project (projectKey Pnn), a year of payments (one CSV batch), the
 * department's targets and each project's targets declared and submitted by the department and approved by finance, a
 * SELF DEPT-OVERALL evaluation with the demo's key tasks and management inputs, a SELF PROJECT-TARGETS evaluation per
 * project with actuals and the goal's outcome, and a report on the department's evaluation with the demo's narrative.
 * The department's work carries a department token (signed here with the development key, like deploy/local/token.sh),
 * finance's work a finance token.
 *
 * Then, per year: SCORE_YEAR (evaluation-service), ASSEMBLE_YEAR (report-service), publish every version without a
 * FATAL finding (finance), RENDER_PUBLISHED (report-service); each job polled until DONE, timed, and each service's
 * heap in use (jvm_memory_used_bytes{area="heap"}, summed over the pools) sampled every 200 ms. Writes the summary to
 * workDir/summary.txt (and stdout).
 */
public class CityBench {
    static HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static PrivateKey key;
    static String issuer;
    static String finance;
    static String budget, evaluation, report;
    static Path demo;
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    static final Map<String, String> tokens = new ConcurrentHashMap<>();
    static final List<String> summary = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        budget = args[0];
        evaluation = args[1];
        report = args[2];
        String pem = Files.readString(Path.of(args[3])).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        issuer = args[4];
        int departments = Integer.parseInt(args[5]);
        int projects = Integer.parseInt(args[6]);
        int year = Integer.parseInt(args[7]);
        int parallel = Integer.parseInt(args[8]);
        demo = Path.of(args[9]);
        Path work = Path.of(args[10]);
        finance = token("finance", null);

        long start = System.nanoTime();
        generate("ONE-A", 1, projects, year - 2, 1);
        generate("CITY", departments, projects, year, parallel);
        generate("ONE-B", 1, projects, year - 1, 1);
        line("generated %d + 1 + 1 departments × %d projects through the APIs in %.1f s", departments, projects,
                secs(start));

        Map<String, Double> one = measure("one department, cold (ONE-A, " + (year - 2) + ")", year - 2, 1);
        Map<String, Double> city = measure("city (" + departments + " departments, " + year + ")", year, departments);
        Map<String, Double> warm = measure("one department, warm (ONE-B, " + (year - 1) + ")", year - 1, 1);
        line("");
        line("| step | city (%d departments × %d projects) | one department, warm | ratio city / one | per department | one department, cold |",
                departments, projects);
        line("|---|---|---|---|---|---|");
        for (String step : List.of("SCORE_YEAR", "ASSEMBLE_YEAR", "score + assemble", "publish", "RENDER_PUBLISHED")) {
            double c = city.get(step), w = warm.get(step), o = one.get(step);
            line("| %s | %.1f s | %.2f s | %.0f× | %.3f s | %.2f s |", step, c, w, w > 0 ? c / w : 0, c / departments, o);
        }
        Files.write(work.resolve("summary.txt"), summary);
    }

    // ---------------------------------------------------------------- generation

    static void generate(String prefix, int departments, int projects, int year, int parallel) throws Exception {
        long start = System.nanoTime();
        put(finance, evaluation + "/api/v1/cycles/" + year, read("evaluation/cycle-2021.json")
                .replace("2021-", year + "-").replace("2022-", (year + 1) + "-"), 200);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<Future<?>> futures = new ArrayList<>();
        for (int d = 0; d < departments; d++) {
            String code = String.format("%s-%03d", prefix, d);
            int seed = d;
            futures.add(pool.submit(() -> {
                department(code, seed, projects, year);
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        line("[city-bench] generated %s: %d department(s) × %d projects, year %d, in %.1f s", prefix, departments,
                projects, year, secs(start));
    }

    static void department(String code, int seed, int projects, int year) throws Exception {
        String dept = token("department", code);
        // budget-service: the department, its lines, a year of payments (finance)
        post(finance, budget + "/api/v1/departments", "{\"code\":\"" + code + "\",\"name\":\"压测部门" + code
                + "\",\"divisions\":[\"办公室\",\"业务处\"],\"functions\":[\"承担本部门法定职责。\"]}", 201, 409);
        Map<String, Long> lines = new LinkedHashMap<>(); // line code → budget in yuan
        lines.put("B-PERSONNEL", 20_000_000L + seed * 10_000L);
        lines.put("B-OPERATING", 6_000_000L);
        for (int p = 1; p <= projects; p++) {
            lines.put(String.format("P-%02d", p), 800_000L + p * 100_000L);
        }
        lines.put("O-OTHER", 1_500_000L);
        for (Map.Entry<String, Long> l : lines.entrySet()) {
            String lineCode = l.getKey();
            boolean project = lineCode.startsWith("P-");
            post(finance, budget + "/api/v1/departments/" + code + "/budgets/" + year + "/lines",
                    "{\"lineCode\":\"" + lineCode + "\",\"name\":\"" + (project ? "压测项目" + lineCode.substring(2) : lineCode)
                            + "\",\"category\":\"" + (project ? "PROJECT" : "BASIC") + "\",\"fundingSource\":\""
                            + (lineCode.equals("O-OTHER") ? "OTHER" : "MUNICIPAL") + "\",\"initialAmount\":" + l.getValue()
                            + (project ? ",\"projectKey\":\"P" + lineCode.substring(2) + "\"" : "") + "}", 201, 409);
        }
        StringBuilder csv = new StringBuilder("voucherNo,lineCode,paidOn,amount,description\n");
        for (Map.Entry<String, Long> l : lines.entrySet()) {
            // two payments a month, 90-96 % of the budget over the year
            long cents = l.getValue() * (90 + (seed + l.getKey().length()) % 7); // budget × pct (in cents)
            long each = cents / 24;
            for (int m = 1; m <= 12; m++) {
                for (int k = 0; k < 2; k++) {
                    csv.append(String.format("V%d-%s-%02d%d,%s,%d-%02d-%02d,%d.%02d,%s 支付%n", year, l.getKey(), m, k,
                            l.getKey(), year, m, k == 0 ? 10 : 25, each / 100, each % 100, l.getKey()));
                }
            }
        }
        send("POST", finance, budget + "/api/v1/departments/" + code + "/budgets/" + year + "/expenditures",
                "text/csv; charset=UTF-8", csv.toString(), 200);

        // evaluation-service: targets declared by the department, approved by finance
        String targets = forDepartment(read("evaluation/targets.json"), code, year);
        approve(dept, targets);
        String projectTargets = read("evaluation/projects/XXH.targets.json");
        for (int p = 1; p <= projects; p++) {
            String key = String.format("P%02d", p);
            approve(dept, forDepartment(projectTargets, code, year)
                    .replaceAll("\"projectKey\"\\s*:\\s*\"XXH\"", "\"projectKey\": \"" + key + "\"")
                    .replaceAll("\"projectName\"\\s*:\\s*\"[^\"]*\"", "\"projectName\": \"压测项目" + key.substring(1) + "\""));
        }
        // the department's SELF evaluation (key tasks from the approved targets), inputs as the demo's
        long evaluationId = id(post(dept, evaluation + "/api/v1/evaluations",
                forDepartment(read("evaluation/evaluation.json"), code, year), 201));
        put(dept, evaluation + "/api/v1/evaluations/" + evaluationId + "/tasks", read("evaluation/tasks.json"), 200);
        indicators(dept, evaluationId, read("evaluation/indicators.ndjson"));
        // each project's SELF evaluation with its actuals
        String actuals = read("evaluation/projects/XXH.actuals.ndjson");
        String outcome = read("evaluation/projects/XXH.goal-outcome.json");
        for (int p = 1; p <= projects; p++) {
            long id = id(post(dept, evaluation + "/api/v1/evaluations", "{\"framework\":\"PROJECT-TARGETS\",\"department\":\""
                    + code + "\",\"year\":" + year + ",\"kind\":\"SELF\",\"projectKey\":\"" + String.format("P%02d", p) + "\"}", 201));
            indicators(dept, id, actuals);
            put(dept, evaluation + "/api/v1/evaluations/" + id + "/goal-outcome", outcome, 200);
        }
        // report-service: the report on the department's evaluation, the demo's narrative
        long reportId = id(post(dept, report + "/api/v1/reports", "{\"department\":\"" + code + "\",\"year\":" + year
                + ",\"evaluationId\":" + evaluationId + "}", 201));
        try (var files = Files.list(demo.resolve("report/sections"))) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString().replace(".txt", "");
                put(dept, report + "/api/v1/reports/" + reportId + "/sections/" + name,
                        "{\"text\":" + jsonString(Files.readString(f)) + "}", 200);
            }
        }
    }

    static String forDepartment(String body, String code, int year) {
        return body.replaceAll("\"department\"\\s*:\\s*\"GZ-XFJ\"", "\"department\": \"" + code + "\"")
                .replaceAll("\"year\"\\s*:\\s*2021", "\"year\": " + year);
    }

    static void approve(String dept, String body) throws Exception {
        long id = id(post(dept, evaluation + "/api/v1/targets", body, 201));
        post(dept, evaluation + "/api/v1/targets/" + id + "/submit", "", 200);
        post(finance, evaluation + "/api/v1/targets/" + id + "/review",
                "{\"decision\":\"APPROVE\",\"grade\":\"EXCELLENT\",\"comment\":\"目标明确\"}", 200);
    }

    static void indicators(String dept, long id, String ndjson) throws Exception {
        for (String input : ndjson.split("\n")) {
            if (input.isBlank()) {
                continue;
            }
            Matcher m = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*").matcher(input);
            if (!m.find()) {
                throw new IllegalStateException("no code in " + input);
            }
            put(dept, evaluation + "/api/v1/evaluations/" + id + "/indicators/" + m.group(1),
                    input.substring(0, m.start()) + input.substring(m.end()), 200);
        }
    }

    // ---------------------------------------------------------------- measurement

    static Map<String, Double> measure(String label, int year, int departments) throws Exception {
        line("");
        line("[city-bench] == %s", label);
        Map<String, Double> seconds = new LinkedHashMap<>();
        HeapSampler heap = new HeapSampler();
        heap.start();
        Job score = job(evaluation, "SCORE_YEAR", year);
        seconds.put("SCORE_YEAR", score.seconds);
        Job assemble = job(report, "ASSEMBLE_YEAR", year);
        seconds.put("ASSEMBLE_YEAR", assemble.seconds);
        seconds.put("score + assemble", score.seconds + assemble.seconds);
        line("[city-bench] score + assemble: %.1f s (target for the city: < 60 s)", score.seconds + assemble.seconds);

        long start = System.nanoTime();
        int published = 0, skipped = 0;
        String reports = get(finance, report + "/api/v1/reports?year=" + year + "&size=1000");
        Matcher m = Pattern.compile("\\{\"id\"\\s*:\\s*(\\d+)").matcher(reports);
        List<Long> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        Pattern version = Pattern.compile("\"version\":(\\d+),.*?\"status\":\"([A-Z]+)\",\"fatalCount\":(\\d+)");
        for (long id : ids) {
            Matcher v = version.matcher(get(finance, report + "/api/v1/reports/" + id + "/versions"));
            while (v.find()) {
                if (!v.group(3).equals("0")) {
                    skipped++;
                } else if (!v.group(2).equals("PUBLISHED")) {
                    post(finance, report + "/api/v1/reports/" + id + "/versions/" + v.group(1) + "/publish", "", 200);
                    published++;
                }
            }
        }
        seconds.put("publish", secs(start));
        line("[city-bench] publish: %d version(s) of %d report(s) published in %.1f s (one POST each, finance); %d with FATAL findings left",
                published, ids.size(), secs(start), skipped);
        Job render = job(report, "RENDER_PUBLISHED", year);
        seconds.put("RENDER_PUBLISHED", render.seconds);
        line("[city-bench] PDFs: %.1f s (target for the city: < 180 s)", render.seconds);
        heap.stopSampling();
        line("[city-bench] heap in use, max sampled during the jobs: budget %d MB, evaluation %d MB, report %d MB",
                heap.max.get(budget) >> 20, heap.max.get(evaluation) >> 20, heap.max.get(report) >> 20);
        return seconds;
    }

    record Job(double seconds, String view) {
    }

    static Job job(String service, String type, int year) throws Exception {
        long start = System.nanoTime();
        String created = send("POST", finance, service + "/api/v1/jobs", "application/json",
                "{\"type\":\"" + type + "\",\"year\":" + year + "}", 202);
        long id = id(created);
        String view;
        while (true) {
            view = get(finance, service + "/api/v1/jobs/" + id);
            String status = field(view, "status");
            if (status.equals("DONE") || status.equals("INTERRUPTED")) {
                break;
            }
            Thread.sleep(100);
        }
        double seconds = secs(start);
        line("[city-bench] %-16s job %d %s in %.1f s: %s items, %s done, %s failed", type, id, field(view, "status"),
                seconds, number(view, "total"), number(view, "done"), number(view, "failed"));
        Map<String, Integer> reasons = new TreeMap<>();
        Matcher r = Pattern.compile("\"reason\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(view);
        while (r.find()) {
            reasons.merge(r.group(1).replaceAll("version \\d+", "version n").replaceAll("\\b\\d+\\b", "n"), 1, Integer::sum);
        }
        reasons.forEach((reason, n) -> line("[city-bench]   %d × %s", n, reason.length() > 300 ? reason.substring(0, 300) + "…" : reason));
        return new Job(seconds, view);
    }

    /** Heap in use of each service (the sum of the heap pools' jvm_memory_used_bytes), sampled every 200 ms. */
    static class HeapSampler extends Thread {
        final Map<String, Long> max = new ConcurrentHashMap<>();
        final AtomicBoolean running = new AtomicBoolean(true);

        HeapSampler() {
            setDaemon(true);
            for (String s : List.of(budget, evaluation, report)) {
                max.put(s, 0L);
            }
        }

        @Override
        public void run() {
            while (running.get()) {
                for (String s : List.of(budget, evaluation, report)) {
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(s + "/q/metrics"))
                                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                        long used = 0;
                        for (String l : r.body().split("\n")) {
                            if (l.startsWith("jvm_memory_used_bytes{") && l.contains("area=\"heap\"")) {
                                used += (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1));
                            }
                        }
                        max.merge(s, used, Math::max);
                    } catch (Exception e) {
                        // a missed sample
                    }
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stopSampling() throws InterruptedException {
            running.set(false);
            join();
        }
    }

    // ---------------------------------------------------------------- HTTP, JSON, tokens

    static String token(String role, String department) throws Exception {
        String cacheKey = role + "/" + department;
        String cached = tokens.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        long now = System.currentTimeMillis() / 1000;
        String subject = "bench-" + role + (department == null ? "" : "-" + department);
        String claims = "{\"iss\":\"" + issuer + "\",\"sub\":\"" + subject + "\",\"upn\":\"" + subject + "\",\"groups\":[\""
                + role + "\"],\"iat\":" + now + ",\"exp\":" + (now + 8 * 3600)
                + (department == null ? "" : ",\"department\":[\"" + department + "\"]") + "}";
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String unsigned = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(unsigned.getBytes(StandardCharsets.US_ASCII));
        String token = unsigned + "." + b64.encodeToString(signature.sign());
        tokens.put(cacheKey, token);
        return token;
    }

    static String read(String file) throws Exception {
        return Files.readString(demo.resolve(file));
    }

    static String post(String token, String url, String body, int... expected) throws Exception {
        return send("POST", token, url, "application/json", body, expected);
    }

    static String put(String token, String url, String body, int... expected) throws Exception {
        return send("PUT", token, url, "application/json", body, expected);
    }

    static String get(String token, String url) throws Exception {
        return send("GET", token, url, null, null, 200);
    }

    static String send(String method, String token, String url, String type, String body, int... expected) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + token);
        if (type != null) {
            b.header("Content-Type", type);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        for (int e : expected) {
            if (response.statusCode() == e) {
                return response.body();
            }
        }
        throw new IllegalStateException(method + " " + url + " -> " + response.statusCode() + " "
                + response.body().substring(0, Math.min(800, response.body().length())));
    }

    static long id(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : "";
    }

    static String number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(json);
        return m.find() ? m.group(1) : "?";
    }

    static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.replace("\r", "").toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    static synchronized void line(String format, Object... args) {
        String s = String.format(format, args);
        System.out.println(s);
        System.out.flush();
        summary.add(s);
    }
}
