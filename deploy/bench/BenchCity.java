import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Generates a city-sized fiscal year and ingests it through budget-service's public API.
 * Usage: JIXIAO_TOKEN=$(deploy/local/token.sh) java BenchCity.java <baseUrl> <workDir> <departments> <lines> <payments> <year> <parallel>
 * Every request carries the bearer token of JIXIAO_TOKEN (a finance token: it registers departments, lines and payments).
 * Writes workDir/batches/*.csv (the exact request bodies) and workDir/copy.tsv (the same rows, ready for
 * COPY into a table shaped like expenditure), then prints "ingest <rows> <seconds>". Before the measured ingest it
 * posts payments of the year before for the first department (the JIT's warm-up; optional 8th argument, default
 * 500,000), printed as "warmup <rows> <seconds>".
 */
public class BenchCity {
    static final String TOKEN = System.getenv("JIXIAO_TOKEN");

    public static void main(String[] args) throws Exception {
        if (TOKEN == null || TOKEN.isBlank()) {
            throw new IllegalStateException("JIXIAO_TOKEN is not set: a finance token, e.g. JIXIAO_TOKEN=$(deploy/local/token.sh)");
        }
        String base = args[0];
        Path work = Path.of(args[1]);
        int departments = Integer.parseInt(args[2]);
        int lines = Integer.parseInt(args[3]);
        int payments = Integer.parseInt(args[4]);
        int year = Integer.parseInt(args[5]);
        int parallel = Integer.parseInt(args[6]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Random random = new Random(42);

        // departments and lines: spread lines unevenly so departments differ in size
        int[] linesOf = new int[departments];
        for (int i = 0; i < lines; i++) {
            linesOf[i < departments ? i : random.nextInt(departments)]++;
        }
        long setupStart = System.nanoTime();
        long[][] budgets = new long[departments][];
        for (int d = 0; d < departments; d++) {
            String code = code(d);
            post(http, base + "/api/v1/departments", "application/json",
                    "{\"code\":\"" + code + "\",\"name\":\"压测部门" + d + "\",\"divisions\":[\"办公室\"],\"functions\":[]}", 201);
            budgets[d] = new long[linesOf[d]];
            for (int l = 0; l < linesOf[d]; l++) {
                long budget = 200_000_00L + random.nextInt(5_000_000) * 100L; // cents
                budgets[d][l] = budget;
                post(http, base + "/api/v1/departments/" + code + "/budgets/" + year + "/lines", "application/json",
                        "{\"lineCode\":\"L" + l + "\",\"name\":\"项目" + l + "\",\"category\":\"" + (l < 2 ? "BASIC" : "PROJECT")
                                + "\",\"fundingSource\":\"" + (l % 7 == 6 ? "OTHER" : "MUNICIPAL") + "\",\"initialAmount\":"
                                + cents(budget) + "}", 201);
            }
        }
        System.out.printf("setup %d departments %d lines %.1f s%n", departments, lines, (System.nanoTime() - setupStart) / 1e9);

        // warm-up: the service's JIT compiles the ingest path on payments of the year before (not measured), as a service
        // that has been taking the day's payments for a while has it compiled (after 200,000 the compiler still took a
        // core for a second of the measured run)
        int warmupPayments = args.length > 7 ? Integer.parseInt(args[7]) : 500_000;
        int warmupLines = 20;
        for (int l = 0; l < warmupLines; l++) {
            post(http, base + "/api/v1/departments/" + code(0) + "/budgets/" + (year - 1) + "/lines", "application/json",
                    "{\"lineCode\":\"W" + l + "\",\"name\":\"预热" + l + "\",\"category\":\"PROJECT\",\"fundingSource\":\"MUNICIPAL\","
                            + "\"initialAmount\":100000000.00}", 201);
        }
        Path warmup = work.resolve("warmup");
        Files.createDirectories(warmup);
        List<Path> warmupFiles = new ArrayList<>();
        int batchRows = Math.max(1, Math.min(50_000, payments / Math.max(1, departments)));
        for (int b = 0, row = 0; row < warmupPayments; b++) {
            Path file = warmup.resolve(code(0) + "-" + b + ".csv");
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write("voucherNo,lineCode,paidOn,amount,description\n");
                for (int i = 0; i < batchRows && row < warmupPayments; i++, row++) {
                    w.write("W" + row + ",W" + random.nextInt(warmupLines) + "," + String.format("%d-%02d-%02d", year - 1,
                            1 + random.nextInt(12), 1 + random.nextInt(28)) + "," + cents(100 + random.nextInt(2_000_000)) + ",预热支付\n");
                }
            }
            warmupFiles.add(file);
        }
        System.out.printf("warmup %d %.3f%n", warmupPayments, ingest(http, base, year - 1, warmupFiles, parallel));

        // payments: proportional to line count, written as batches of at most 50,000 rows
        Path batches = work.resolve("batches");
        Files.createDirectories(batches);
        List<Path> files = new ArrayList<>();
        int written = 0;
        try (Writer copy = Files.newBufferedWriter(work.resolve("copy.tsv"), StandardCharsets.UTF_8)) {
            for (int d = 0; d < departments; d++) {
                int share = d == departments - 1 ? payments - written
                        : (int) Math.round((double) payments * linesOf[d] / lines);
                share = Math.min(share, payments - written);
                int batchNo = 0;
                for (int start = 0; start < share; start += 50_000) {
                    int size = Math.min(50_000, share - start);
                    Path file = batches.resolve(code(d) + "-" + (batchNo++) + ".csv");
                    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                        w.write("voucherNo,lineCode,paidOn,amount,description\n");
                        for (int i = start; i < start + size; i++) {
                            int line = random.nextInt(linesOf[d]);
                            int month = 1 + random.nextInt(12);
                            int day = 1 + random.nextInt(28);
                            long amount = 100 + random.nextInt(2_000_000);
                            String voucher = "V" + year + "-" + d + "-" + i;
                            String date = String.format("%d-%02d-%02d", year, month, day);
                            w.write(voucher + ",L" + line + "," + date + "," + cents(amount) + ",压测支付\n");
                            copy.write((d + 1) + "\t" + year + "\t" + voucher + "\t" + line + "\t" + date + "\t" + cents(amount) + "\t压测支付\n");
                        }
                    }
                    files.add(file);
                }
                written += share;
            }
        }

        double seconds = ingest(http, base, year, files, parallel);
        System.out.printf("ingest %d %.3f%n", written, seconds);
    }

    /** Posts the CSV files (named department-batch.csv), this many at a time; the seconds it took. */
    static double ingest(HttpClient http, String base, int year, List<Path> files, int parallel) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (Path file : files) {
            futures.add(pool.submit(() -> {
                String name = file.getFileName().toString();
                String dept = name.substring(0, name.lastIndexOf('-'));
                post(http, base + "/api/v1/departments/" + dept + "/budgets/" + year + "/expenditures",
                        "text/csv; charset=UTF-8", HttpRequest.BodyPublishers.ofFile(file), 200);
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return (System.nanoTime() - start) / 1e9;
    }

    static String code(int d) {
        return String.format("BENCH-%03d", d);
    }

    static String cents(long cents) {
        return String.format("%d.%02d", cents / 100, cents % 100);
    }

    static void post(HttpClient http, String url, String type, String body, int expected) throws IOException, InterruptedException {
        post(http, url, type, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8), expected);
    }

    static void post(HttpClient http, String url, String type, HttpRequest.BodyPublisher body, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                .header("Authorization", "Bearer " + TOKEN)
                .POST(body).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(url + " -> " + response.statusCode() + " " + response.body());
        }
    }
}
