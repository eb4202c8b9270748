package org.jixiao.report.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.jixiao.platform.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * ASSEMBLE_YEAR and RENDER_PUBLISHED as jobs (docs/jobs.md). The profile gives this class a database of its own.
 */
@QuarkusTest
@QuarkusTestResource(PeersWireMock.class)
@TestProfile(JobApiTest.OwnDatabase.class)
class JobApiTest {
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("jixiao.jobs.concurrency", "2");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void closeEveryBreaker() {
        CircuitBreakerMaintenance.get().resetAll();
    }

    static JsonPath start(String type, int year) {
        return given().contentType(ContentType.JSON).body(Map.of("type", type, "year", year)).post("/api/v1/jobs")
                .then().statusCode(202).header("Location", containsString("/api/v1/jobs/")).extract().jsonPath();
    }

    static JsonPath awaitEnd(long job) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonPath view = given().get("/api/v1/jobs/" + job).then().statusCode(200).extract().jsonPath();
            if (List.of("DONE", "INTERRUPTED").contains(view.getString("status"))) {
                return view;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("job " + job + " did not end within 120 s");
    }

    @Test
    void aYearIsAssembledAFatalVersionIsAFailedItemAndARunAgainAddsNoIdenticalVersion() throws Exception {
        long clean = ReportApiTest.modelReport();
        long contradicting = ReportApiTest.modelReport();
        ReportApiTest.putSection(contradicting, "achievements", "全年项目支出预算完成率 99.00%，接待厅安全性100%。");
        long reports = count("SELECT count(*) FROM report WHERE year = 2021");

        JsonPath started = start("ASSEMBLE_YEAR", 2021);
        long job = started.getLong("id");
        assertThat(start("ASSEMBLE_YEAR", 2021).getLong("id")).as("started twice while unfinished").isEqualTo(job);
        JsonPath done = awaitEnd(job);
        assertThat(done.getString("status")).isEqualTo("DONE");
        assertThat(done.getLong("total")).isEqualTo(reports);
        assertThat(done.getInt("failed")).isEqualTo(1);
        assertThat(done.getLong("done")).isEqualTo(reports - 1);
        assertThat(done.getString("failures[0].item")).isEqualTo("report-" + contradicting);
        assertThat(done.getString("failures[0].reason")).contains("FATAL", "NARRATIVE-CONTRADICTION");
        assertThat(versions(clean)).isEqualTo(1);
        assertThat(versions(contradicting)).as("stored, so the department sees its findings").isEqualTo(1);

        // nothing changed: run again, no second identical version of any report
        long again = start("ASSEMBLE_YEAR", 2021).getLong("id");
        assertThat(again).isNotEqualTo(job);
        JsonPath second = awaitEnd(again);
        assertThat(second.getInt("failed")).isEqualTo(1);
        assertThat(List.of(versions(clean), versions(contradicting))).containsExactly(1L, 1L);

        // a changed narrative is a new version
        ReportApiTest.putSection(clean, "improvements", "加强预算执行监控。");
        given().contentType(ContentType.JSON).queryParam("ifChanged", "true").post("/api/v1/reports/" + clean + "/versions")
                .then().statusCode(201).body("version", equalTo(2));
        given().contentType(ContentType.JSON).queryParam("ifChanged", "true").post("/api/v1/reports/" + clean + "/versions")
                .then().statusCode(200).body("version", equalTo(2));
        given().contentType(ContentType.JSON).queryParam("ifChanged", "perhaps").post("/api/v1/reports/" + clean + "/versions")
                .then().statusCode(400).body("errors.field", hasItem("ifChanged"));
    }

    @Test
    void publishedVersionsAreRenderedOnceAndServedFromTheStore() throws Exception {
        long report = ReportApiTest.modelReport();
        given().contentType(ContentType.JSON).post("/api/v1/reports/" + report + "/versions").then().statusCode(201);
        String base = "/api/v1/reports/" + report + "/versions/1";
        given().post(base + "/rendered").then().statusCode(409).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer(TestTokens.department("GZ-XFJ"))).post(base + "/rendered")
                .then().statusCode(403);
        given().post(base + "/publish").then().statusCode(200);
        long published = count("SELECT count(*) FROM report_version v JOIN report r ON r.id = v.report_id"
                + " WHERE r.year = 2021 AND v.status = 'PUBLISHED'");

        JsonPath done = awaitEnd(start("RENDER_PUBLISHED", 2021).getLong("id"));
        assertThat(done.getString("status")).isEqualTo("DONE");
        assertThat(done.getLong("total")).isEqualTo(published);
        assertThat(done.getLong("done")).isEqualTo(published);
        byte[] stored = storedPdf(report);
        assertThat(stored).isNotNull();
        assertThat(new String(stored, 0, 5)).isEqualTo("%PDF-");

        // the published version's PDF is the stored one; storing again renders nothing new
        byte[] served = given().accept("application/pdf").get(base).then().statusCode(200).extract().asByteArray();
        assertThat(served).isEqualTo(stored);
        given().post(base + "/rendered?format=pdf").then().statusCode(200).body("bytes", equalTo(stored.length));
        given().post(base + "/rendered?format=docx").then().statusCode(400).body("errors.field", hasItem("format"));
        assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'render' AND entity_id = '" + report + "/1'"))
                .isEqualTo(1);
    }

    @Test
    void theTypesOfThisServiceAreNamedAndOnlyFinanceStarts() {
        given().contentType(ContentType.JSON).body(Map.of("type", "SCORE_YEAR", "year", 2021)).post("/api/v1/jobs")
                .then().statusCode(400).body("errors[0].field", equalTo("type"))
                .body("errors[0].message", containsString("ASSEMBLE_YEAR")).body("errors[0].message", containsString("RENDER_PUBLISHED"));
        given().header("Authorization", TestTokens.bearer(TestTokens.department("GZ-XFJ"))).contentType(ContentType.JSON)
                .body(Map.of("type", "ASSEMBLE_YEAR", "year", 2021)).post("/api/v1/jobs").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer(TestTokens.auditor())).get("/api/v1/jobs").then().statusCode(200);
    }

    private long versions(long report) {
        return count("SELECT count(*) FROM report_version WHERE report_id = " + report);
    }

    private byte[] storedPdf(long report) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT d.content FROM rendered_document d"
                + " JOIN report_version v ON v.id = d.version_id WHERE v.report_id = ? AND v.version = 1 AND d.format = 'pdf'")) {
            s.setLong(1, report);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }
    }

    private long count(String sql) {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
