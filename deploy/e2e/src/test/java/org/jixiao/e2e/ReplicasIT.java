package org.jixiao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * budget-service as replicas (docs/deploy.md): two instances started at the same moment against one empty
 * database migrate it once (Flyway's lock), answer alike whichever one a request reaches (nothing held in memory
 * that they could disagree on: the city caches check the data version in the database), and one stopped with
 * SIGTERM finishes the request it is serving (quarkus.shutdown.timeout) before it exits.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasIT {
    private static final String MODULE = "budget-service";
    private static final String A = "budget-a";
    private static final String B = "budget-b";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static ServiceSet services;
    private static String token;

    @BeforeAll
    static void twoInstancesOnOneEmptyDatabase() throws Exception {
        Path root = Path.of(System.getProperty("e2e.root", "../..")).toAbsolutePath().normalize();
        Path target = Path.of(System.getProperty("e2e.target", "target")).toAbsolutePath().normalize();
        emptyTheDatabase();
        services = new ServiceSet(root, target.resolve("replicas-logs"));
        token = services.keys().finance();
        // neither cleans: both find the empty database and migrate it at the same moment
        Map<String, String> noClean = Map.of("QUARKUS_FLYWAY_CLEAN_AT_START", "false");
        services.start(List.of(new ServiceSet.Instance(A, MODULE, noClean), new ServiceSet.Instance(B, MODULE, noClean)),
                Duration.ofSeconds(150));
    }

    @AfterAll
    static void stop() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    @Order(1)
    void startingTogetherTheyMigrateTheDatabaseOnce() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, count(*), bool_and(success) FROM flyway_schema_history"
                     + " WHERE version IS NOT NULL GROUP BY version ORDER BY version")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + "×" + rs.getInt(2) + (rs.getBoolean(3) ? "" : " FAILED"));
            }
            assertThat(rows).containsExactlyElementsOf(migrations().stream().map(v -> v + "×1").toList());
        }
    }

    /** The versions of budget-service's migrations (V3__x.sql → "3"), in order: each must be applied once. */
    private static List<String> migrations() throws IOException {
        Path root = Path.of(System.getProperty("e2e.root", "../..")).toAbsolutePath().normalize();
        try (var files = Files.list(root.resolve(MODULE).resolve("src/main/resources/db/migration"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__"))).sorted(Comparator.comparingInt(Integer::parseInt)).toList();
        }
    }

    @Test
    @Order(2)
    void requestsAlternatingBetweenThemGetTheSameAnswers() throws Exception {
        send(A, "POST", "/api/v1/departments", "application/json", "{\"code\": \"REP-1\", \"name\": \"复制测试一\"}", 201);
        send(B, "POST", "/api/v1/departments", "application/json", "{\"code\": \"REP-2\", \"name\": \"复制测试二\"}", 201);
        for (String code : List.of("REP-1", "REP-2")) {
            send(code.equals("REP-1") ? B : A, "POST", "/api/v1/departments/" + code + "/budgets/2021/lines", "application/json",
                    "{\"lineCode\": \"L1\", \"name\": \"基本支出\", \"category\": \"BASIC\", \"fundingSource\": \"MUNICIPAL\","
                            + " \"initialAmount\": 1000000}", 201);
        }
        send(A, "POST", "/api/v1/departments/REP-1/budgets/2021/expenditures", "text/csv",
                "voucherNo,lineCode,paidOn,amount,description\nV1,L1,2021-03-01,300000.00,一\n", 200);
        send(B, "POST", "/api/v1/departments/REP-2/budgets/2021/expenditures", "text/csv",
                "voucherNo,lineCode,paidOn,amount,description\nV1,L1,2021-03-01,200000.00,一\n", 200);
        send(B, "POST", "/api/v1/departments/REP-1/budgets/2021/lines/L1/adjustments", "application/json",
                "{\"amount\": 50000, \"effectiveDate\": \"2021-06-01\", \"reason\": \"追加\", \"documentNo\": \"穗财-1\"}", 201);

        String execution = "/api/v1/departments/REP-1/budgets/2021/execution?asOf=2021-12-31";
        String ranking = "/api/v1/budgets/2021/ranking?asOf=2021-12-31";
        assertThat(get(A, execution)).isEqualTo(get(B, execution)).contains("\"adjustedBudget\":1050000.00");
        String before = get(A, ranking); // A computes and caches the ranking
        assertThat(get(B, ranking)).isEqualTo(before);
        // a payment through B changes what A has cached: A must see it
        send(B, "POST", "/api/v1/departments/REP-2/budgets/2021/expenditures", "text/csv",
                "voucherNo,lineCode,paidOn,amount,description\nV2,L1,2021-04-01,500000.00,二\n", 200);
        String after = get(A, ranking);
        assertThat(after).isNotEqualTo(before).isEqualTo(get(B, ranking));
        assertThat(after.indexOf("REP-2")).as("REP-2 now spent more and ranks first").isLessThan(after.indexOf("REP-1"));
    }

    @Test
    @Order(3)
    void aReplicaStoppedWhileServingFinishesTheRequestFirst() throws Exception {
        StringBuilder csv = new StringBuilder("voucherNo,lineCode,paidOn,amount,description\n");
        for (int i = 0; i < 2000; i++) {
            csv.append("S-").append(i).append(",L1,2021-05-01,1.00,停机测试\n");
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        CountDownLatch halfSent = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        InputStream slow = new InputStream() {
            private int position;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (position == body.length / 2) {
                    halfSent.countDown();
                    try {
                        stopped.await(20, TimeUnit.SECONDS); // the rest only after the replica got SIGTERM
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException(e);
                    }
                }
                if (position >= body.length) {
                    return -1;
                }
                int end = position < body.length / 2 ? body.length / 2 : body.length;
                int n = Math.min(length, end - position);
                System.arraycopy(body, position, buffer, offset, n);
                position += n;
                return n;
            }
        };
        CompletableFuture<HttpResponse<String>> answer = HTTP.sendAsync(HttpRequest.newBuilder(
                        URI.create(services.url(A) + "/api/v1/departments/REP-1/budgets/2021/expenditures"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofInputStream(() -> slow)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(halfSent.await(20, TimeUnit.SECONDS)).as("half the body sent").isTrue();
        Thread.sleep(300);
        Process replica = services.process(A);
        replica.destroy(); // SIGTERM, as Kubernetes stops a pod
        Thread.sleep(500);
        stopped.countDown();
        HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"accepted\":2000");
        assertThat(replica.waitFor(30, TimeUnit.SECONDS)).as("the replica exits after the request").isTrue();
        assertThat(get(B, "/api/v1/departments/REP-1/budgets/2021/expenditures?size=1")).contains("\"total\":2001");
    }

    private static String get(String instance, String path) throws Exception {
        return send(instance, "GET", path, null, null, 200);
    }

    private static String send(String instance, String method, String path, String contentType, String body, int expected)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(services.url(instance) + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + " on " + instance + ": " + response.body()).isEqualTo(expected);
        return response.body();
    }

    /** Drops everything in the budget e2e database, so that the replicas find it empty. */
    private static void emptyTheDatabase() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
    }

    private static Connection connect() throws Exception {
        String role = ServiceSet.database(MODULE);
        return DriverManager.getConnection(ServiceSet.jdbcUrl(MODULE), role, ServiceSet.env("JIXIAO_DB_PASSWORD", role));
    }
}
