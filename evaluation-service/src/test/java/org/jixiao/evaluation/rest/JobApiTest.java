package org.jixiao.evaluation.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jixiao.platform.jobs.Jobs;
import org.jixiao.platform.testing.AuthenticatedRestAssured;
import org.jixiao.platform.testing.Contract;
import org.jixiao.platform.testing.Contracts;
import org.jixiao.platform.testing.TestKeys;
import org.jixiao.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * SCORE_YEAR as a job (docs/jobs.md): every evaluation of a year scored by requests the service sends itself with the
 * starter's token; a department budget-service does not know is a failed item, not a failed job; started twice it runs
 * once; after a restart it resumes without scoring again what is DONE. Each test uses its own year, and the profile
 * gives this class a database of its own (the counts are the job's alone).
 */
@QuarkusTest
@QuarkusTestResource(BudgetServiceMock.class)
@TestProfile(JobApiTest.OwnDatabase.class)
class JobApiTest extends ApiTest {
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // a second of clock skew (0 keeps smallrye-jwt's 60): a token that expires mid-job is refused, not a minute later
            return Map.of("jixiao.jobs.concurrency", "2", "mp.jwt.verify.clock.skew", "1");
        }
    }

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Jobs jobs;

    /** The model budget under another department code and year (the recorded answers are of 2021). */
    static void stubBudget(String department, int year, int delayMillis) {
        for (Contract c : Contracts.sentBy("evaluation-service", "budget-service")) {
            String path = c.request().resolvedPath().replace(MODEL_DEPARTMENT, department).replace("/2021/", "/" + year + "/");
            String scope = c.request().query() == null ? null : c.request().query().get("scope");
            MappingBuilder stub = scope == null ? get(urlPathEqualTo(path))
                    : get(urlPathEqualTo(path)).withQueryParam("scope", equalTo(scope));
            BudgetServiceMock.server.stubFor(stub.willReturn(aResponse().withHeader("Content-Type", "application/json")
                    .withFixedDelay(path.contains(department) ? delayMillis : 0)
                    .withBody(c.response().body().toString().replace(MODEL_DEPARTMENT, department))));
        }
    }

    static void stubUnknownDepartment(String department, int year) {
        BudgetServiceMock.server.stubFor(get(urlPathEqualTo("/api/v1/departments/" + department + "/budgets/" + year + "/execution"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404,\"title\":\"Not Found\",\"detail\":\"department " + department + " does not exist\"}")));
    }

    static long evaluation(String department, int year, String kind) {
        long id = given().contentType(ContentType.JSON).body("""
                {"framework": "DEPT-OVERALL", "department": "%s", "year": %d, "kind": "%s"}""".formatted(department, year, kind))
                .post("/api/v1/evaluations").then().statusCode(201).extract().jsonPath().getLong("id");
        enterModelInputs(id);
        return id;
    }

    static JsonPath start(int year) {
        return given().contentType(ContentType.JSON).body(Map.of("type", "SCORE_YEAR", "year", year)).post("/api/v1/jobs")
                .then().statusCode(202).contentType(ContentType.JSON).header("Location", startsWith("/api/v1/jobs/"))
                .extract().jsonPath();
    }

    static JsonPath awaitEnd(long job) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonPath view = given().get("/api/v1/jobs/" + job).then().statusCode(200).extract().jsonPath();
            if (List.of("DONE", "INTERRUPTED").contains(view.getString("status"))) {
                return view;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + job + " did not end within 60 s");
    }

    static int results(long evaluation) {
        return given().get("/api/v1/evaluations/" + evaluation + "/result").statusCode();
    }

    @Test
    void aYearIsScoredAndAnUnknownDepartmentIsAFailedItemNotAFailedJob() throws Exception {
        stubBudget("GZ-JOB-A", 2021, 300);
        stubBudget("GZ-JOB-B", 2021, 0);
        stubUnknownDepartment("GZ-JOB-GONE", 2021);
        long self = evaluation("GZ-JOB-A", 2021, "SELF");
        long review = evaluation("GZ-JOB-A", 2021, "FINANCE_REVIEW");
        long gone = evaluation("GZ-JOB-GONE", 2021, "SELF");
        long other = evaluation("GZ-JOB-B", 2021, "SELF");

        JsonPath started = start(2021);
        long job = started.getLong("id");
        assertThat(started.getString("type")).isEqualTo("SCORE_YEAR");
        assertThat(started.getInt("params.year")).isEqualTo(2021);
        assertThat(started.getInt("total")).isEqualTo(4);
        assertThat(started.getString("startedBy")).isEqualTo("test-finance");
        // started again while unfinished: the same job, not a second run
        assertThat(start(2021).getLong("id")).isEqualTo(job);

        JsonPath done = awaitEnd(job);
        assertThat(done.getString("status")).isEqualTo("DONE");
        assertThat(done.getInt("total")).isEqualTo(4);
        assertThat(done.getInt("done")).isEqualTo(3);
        assertThat(done.getInt("failed")).isEqualTo(1);
        assertThat(done.getInt("remaining")).isZero();
        assertThat(done.getString("finishedAt")).isNotNull();
        assertThat(done.getString("failures[0].item")).isEqualTo("evaluation-" + gone);
        assertThat(done.getString("failures[0].label")).contains("GZ-JOB-GONE", "2021", "SELF");
        assertThat(done.getInt("failures[0].httpStatus")).isEqualTo(422);
        assertThat(done.getString("failures[0].reason")).contains("GZ-JOB-GONE");
        assertThat(List.of(results(self), results(review), results(other), results(gone))).containsExactly(200, 200, 200, 404);
        assertThat(count("SELECT count(*) FROM score_result WHERE evaluation_id IN (" + self + "," + review + "," + other + ")"))
                .as("each scored once").isEqualTo(3);
        // the job's start and each score are in the audit trail, as the starter's
        assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'start' AND entity = 'job' AND entity_id = '" + job + "'"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'score' AND subject = 'test-finance' AND entity_id IN ('"
                + self + "','" + review + "','" + other + "')")).isEqualTo(3);

        // finished, the same year is a new job
        long again = start(2021).getLong("id");
        assertThat(again).isNotEqualTo(job);
        awaitEnd(again);
        given().queryParam("type", "SCORE_YEAR").get("/api/v1/jobs").then().statusCode(200)
                .body("items.findAll { it.params.year == 2021 }.id", contains((int) again, (int) job));
    }

    @Test
    void aJobCutOffByARestartResumesWithoutRunningWhatIsDone() throws Exception {
        stubBudget("GZ-JOB-R", 2022, 0);
        long finished = evaluation("GZ-JOB-R", 2022, "SELF");
        long cutOff = evaluation("GZ-JOB-R", 2022, "FINANCE_REVIEW");
        long waiting = evaluation("GZ-JOB-R", 2022, "THIRD_PARTY");
        long job;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // what a killed service leaves: the job RUNNING, one item DONE, one RUNNING, one PENDING
            ResultSet rs = s.executeQuery("INSERT INTO job (type, params, params_key, status, started_by, started_at)"
                    + " VALUES ('SCORE_YEAR', '{\"year\": 2022}', '{\"year\":2022}', 'RUNNING', 'test-finance', now()) RETURNING id");
            rs.next();
            job = rs.getLong(1);
            s.executeUpdate("INSERT INTO job_item (job_id, item_key, position, label, method, path, status, attempts) VALUES "
                    + item(job, finished, 0, "DONE") + ", " + item(job, cutOff, 1, "RUNNING") + ", " + item(job, waiting, 2, "PENDING"));
        }

        assertThat(jobs.recoverAfterRestart()).contains(job);
        given().get("/api/v1/jobs/" + job).then().statusCode(200).body("status", is("INTERRUPTED"))
                .body("total", is(3)).body("done", is(1)).body("remaining", is(2));
        assertThat(count("SELECT count(*) FROM job_item WHERE job_id = " + job + " AND status = 'PENDING'")).isEqualTo(2);

        // the same job started again (a fresh token): same id, only what is not DONE runs
        assertThat(start(2022).getLong("id")).isEqualTo(job);
        JsonPath done = awaitEnd(job);
        assertThat(done.getString("status")).isEqualTo("DONE");
        assertThat(done.getInt("done")).isEqualTo(3);
        assertThat(done.getInt("failed")).isZero();
        assertThat(results(finished)).as("the DONE item was not run again").isEqualTo(404);
        assertThat(List.of(results(cutOff), results(waiting))).containsExactly(200, 200);
        assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'resume' AND entity_id = '" + job + "'")).isEqualTo(1);
    }

    @Test
    void aTokenThatExpiresMidJobInterruptsItAndAFreshOneResumesIt() throws Exception {
        // 8 items, 2 at a time, each waiting 1.4 s for budget-service (under its 1.5 s read timeout): the token, accepted
        // for 1–2 s more (1 s left, 1 s of skew), runs the first pair and is refused by the fourth pair at the latest
        List<Long> evaluations = new ArrayList<>();
        for (String department : List.of("GZ-JOB-T1", "GZ-JOB-T2", "GZ-JOB-T3", "GZ-JOB-T4")) {
            stubBudget(department, 2033, 1400);
            evaluations.add(evaluation(department, 2033, "SELF"));
            evaluations.add(evaluation(department, 2033, "FINANCE_REVIEW"));
        }
        Map<String, Object> shortLived = TestTokens.claims("finance");
        shortLived.put("exp", Instant.now().getEpochSecond() + 1);
        long job = given().header("Authorization", TestTokens.bearer(TestTokens.sign(shortLived, TestKeys.signingKey())))
                .contentType(ContentType.JSON).body(Map.of("type", "SCORE_YEAR", "year", 2033)).post("/api/v1/jobs")
                .then().statusCode(202).extract().jsonPath().getLong("id");

        JsonPath cut = awaitEnd(job);
        assertThat(cut.getString("status")).isEqualTo("INTERRUPTED");
        assertThat(cut.getInt("failed")).as("the items the token could not run did not fail").isZero();
        assertThat(cut.getInt("remaining")).isGreaterThanOrEqualTo(2); // the first pair normally runs, on a slow machine not
        assertThat(cut.getInt("done") + cut.getInt("remaining")).isEqualTo(8);

        // a fresh token: the same job resumes and runs only what is left
        assertThat(start(2033).getLong("id")).isEqualTo(job);
        JsonPath done = awaitEnd(job);
        assertThat(done.getString("status")).isEqualTo("DONE");
        assertThat(done.getInt("done")).isEqualTo(8);
        assertThat(done.getInt("failed")).isZero();
        String ids = evaluations.stream().map(String::valueOf).collect(Collectors.joining(","));
        assertThat(count("SELECT count(*) FROM score_result WHERE evaluation_id IN (" + ids + ")")).as("each scored once")
                .isEqualTo(8);
    }

    private static String item(long job, long evaluation, int position, String status) {
        return "(%d, 'evaluation-%d', %d, 'GZ-JOB-R 2022', 'POST', '/api/v1/evaluations/%d/score', '%s', %d)"
                .formatted(job, evaluation, position, evaluation, status, status.equals("PENDING") ? 0 : 1);
    }

    @Test
    void financeStartsFinanceAndAuditorsReadOthersAreRefused() {
        long job = start(2031).getLong("id");
        given().header("Authorization", TestTokens.bearer(TestTokens.auditor())).get("/api/v1/jobs/" + job).then().statusCode(200)
                .body("type", is("SCORE_YEAR"));
        given().header("Authorization", TestTokens.bearer(TestTokens.auditor())).get("/api/v1/jobs").then().statusCode(200)
                .body("items.id", hasItem((int) job));
        for (String token : List.of(TestTokens.auditor(), TestTokens.department("GZ-JOB-A"), TestTokens.thirdParty("GZ-JOB-A"))) {
            given().header("Authorization", TestTokens.bearer(token)).contentType(ContentType.JSON)
                    .body(Map.of("type", "SCORE_YEAR", "year", 2032)).post("/api/v1/jobs").then().statusCode(403)
                    .contentType("application/problem+json");
        }
        for (String token : List.of(TestTokens.department("GZ-JOB-A"), TestTokens.thirdParty("GZ-JOB-A"))) {
            given().header("Authorization", TestTokens.bearer(token)).get("/api/v1/jobs/" + job).then().statusCode(403);
            given().header("Authorization", TestTokens.bearer(token)).get("/api/v1/jobs").then().statusCode(403);
        }
        given().header("Authorization", AuthenticatedRestAssured.NO_TOKEN).get("/api/v1/jobs/" + job).then().statusCode(401);
        given().header("Authorization", AuthenticatedRestAssured.NO_TOKEN).contentType(ContentType.JSON)
                .body(Map.of("type", "SCORE_YEAR", "year", 2032)).post("/api/v1/jobs").then().statusCode(401);
        assertThat(count("SELECT count(*) FROM job WHERE params_key = '{\"year\":2032}'")).isZero();
    }

    @Test
    void badInputIsNamedAndCreatesNothing() {
        long before = count("SELECT count(*) FROM job");
        Map<String, String> bodies = Map.of(
                "{\"type\": \"SCORE_EVERYTHING\", \"year\": 2021}", "type",
                "{\"year\": 2021}", "type",
                "{\"type\": 7, \"year\": 2021}", "type",
                "{\"type\": \"SCORE_YEAR\"}", "year",
                "{\"type\": \"SCORE_YEAR\", \"year\": \"2021\"}", "year",
                "{\"type\": \"SCORE_YEAR\", \"year\": 1999}", "year",
                "{\"type\": \"SCORE_YEAR\", \"year\": 2021, \"department\": \"GZ-XFJ\"}", "department");
        bodies.forEach((body, field) -> given().contentType(ContentType.JSON).body(body).post("/api/v1/jobs").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field)));
        for (String body : List.of("[]", "{", "{\"type\": \"SCORE_YEAR\", \"year\": 2021} x", "")) {
            given().contentType(ContentType.JSON).body(body).post("/api/v1/jobs").then().statusCode(400)
                    .contentType("application/problem+json");
        }
        given().get("/api/v1/jobs/999999").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/jobs/abc").then().statusCode(400).body("errors.field", hasItems("id"));
        given().queryParam("status", "FINISHED").get("/api/v1/jobs").then().statusCode(400)
                .body("errors.field", hasItem("status")).body("detail", containsString("status"));
        assertThat(count("SELECT count(*) FROM job")).isEqualTo(before);
    }

    private long count(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
