import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The same payments as CSV and as XLSX, each imported through budget-service's API into a department of its own.
 * Usage: JIXIAO_TOKEN=… java -cp 'budget-service/target/quarkus-app/lib/main/*' BenchXlsx.java <baseUrl> <workDir> <rows> <year>
 * The XLSX is the service's own template (GET …/expenditures/template.xlsx) filled with SXSSF, as a user's export
 * would be. While each import runs, the service's heap in use (sum of the heap pools in /q/metrics) is sampled
 * every 50 ms; prints one line per measure.
 */
public class BenchXlsx {
    static final String TOKEN = System.getenv("JIXIAO_TOKEN");
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int LINES = 20;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path work = Path.of(args[1]);
        int rows = Integer.parseInt(args[2]);
        int year = Integer.parseInt(args[3]);
        for (String dept : new String[] {"XB-CSV", "XB-XLSX", "XB-CSV-2", "XB-XLSX-2"}) {
            send(base + "/api/v1/departments", "application/json",
                    HttpRequest.BodyPublishers.ofString("{\"code\":\"" + dept + "\",\"name\":\"表格压测" + dept + "\"}"), 201);
            for (int l = 0; l < LINES; l++) {
                send(base + path(dept, year) + "/lines", "application/json", HttpRequest.BodyPublishers.ofString(
                        "{\"lineCode\":\"L" + l + "\",\"name\":\"项目" + l + "\",\"category\":\"PROJECT\","
                                + "\"fundingSource\":\"MUNICIPAL\",\"initialAmount\":100000000}"), 201);
            }
        }
        Path csv = work.resolve("payments.csv");
        Path xlsx = work.resolve("payments.xlsx");
        byte[] template = get(base + path("XB-XLSX", year) + "/expenditures/template.xlsx");
        Random random = new Random(42);
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
             SXSSFWorkbook book = new SXSSFWorkbook(new XSSFWorkbook(new ByteArrayInputStream(template)), 200);
             OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = book.getSheetAt(0);
            var dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            var amountStyle = book.createCellStyle();
            amountStyle.setDataFormat(book.createDataFormat().getFormat("0.00"));
            w.write("voucherNo,lineCode,paidOn,amount,description\n");
            for (int i = 0; i < rows; i++) {
                String voucher = "X" + year + "-" + i;
                String line = "L" + random.nextInt(LINES);
                LocalDate paidOn = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
                long cents = 100 + random.nextInt(2_000_000);
                String amount = cents / 100 + "." + String.format("%02d", cents % 100);
                String description = "表格压测支付 " + i;
                w.write(voucher + "," + line + "," + paidOn + "," + amount + "," + description + "\n");
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(voucher);
                row.createCell(1).setCellValue(line);
                row.createCell(2).setCellValue(paidOn);
                row.getCell(2).setCellStyle(dateStyle);
                row.createCell(3).setCellValue(cents / 100.0);
                row.getCell(3).setCellStyle(amountStyle);
                row.createCell(4).setCellValue(description);
            }
            book.write(out);
        }
        System.out.printf("files %d rows: csv %d bytes, xlsx %d bytes%n", rows, Files.size(csv), Files.size(xlsx));

        // round 1 on a cold JVM, round 2 (other departments, same rows) once the code paths are compiled
        for (String round : new String[] {"", "-2"}) {
            measure("csv" + round, base, base + path("XB-CSV" + round, year) + "/expenditures", "text/csv; charset=UTF-8", csv, rows);
            measure("xlsx" + round, base, base + path("XB-XLSX" + round, year) + "/expenditures", XLSX, xlsx, rows);
        }
        measure("xlsx-replay", base, base + path("XB-XLSX", year) + "/expenditures", XLSX, xlsx, rows);
        long start = System.nanoTime();
        byte[] export = get(base + path("XB-XLSX", year) + "/expenditures.xlsx");
        System.out.printf("export xlsx %d rows %.3f s %d bytes%n", rows, (System.nanoTime() - start) / 1e9, export.length);
    }

    /** Times one import and samples the service's heap in use while it runs. */
    static void measure(String name, String base, String url, String type, Path body, int rows) throws Exception {
        long before = heapUsed(base);
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                try {
                    peak.accumulateAndGet(heapUsed(base), Math::max);
                    Thread.sleep(50);
                } catch (Exception e) {
                    return;
                }
            }
        });
        sampler.start();
        long start = System.nanoTime();
        String answer = send(url, type, HttpRequest.BodyPublishers.ofFile(body), 200);
        double seconds = (System.nanoTime() - start) / 1e9;
        running.set(false);
        sampler.join();
        System.out.printf("import %s %d rows %.3f s %d rows/s heap-before %d MB heap-peak %d MB answer %s%n", name, rows,
                seconds, (long) (rows / seconds), before >> 20, peak.get() >> 20, answer);
    }

    /** Heap in use: the sum of jvm_memory_used_bytes over the heap pools. */
    static long heapUsed(String base) throws Exception {
        HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        long sum = 0;
        for (String line : metrics.body().split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                sum += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    static String path(String dept, int year) {
        return "/api/v1/departments/" + dept + "/budgets/" + year;
    }

    static byte[] get(String url) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + ": " + response.statusCode() + " " + new String(response.body()));
        }
        return response.body();
    }

    static String send(String url, String type, HttpRequest.BodyPublisher body, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                .header("Authorization", "Bearer " + TOKEN).POST(body).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException("POST " + url + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
