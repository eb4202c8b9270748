package org.jixiao.report.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;
import org.jixiao.platform.testing.DatabaseFingerprint;
import org.jixiao.platform.testing.OpenApiFuzzer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a client can send: every operation of the OpenAPI document gets generated bad requests (platform-test
 * {@link OpenApiFuzzer}): no 5xx, every 4xx problem+json, and a refused write changes nothing in the database; and the
 * refusals name what they refuse.
 */
@QuarkusTest
@QuarkusTestResource(PeersWireMock.class)
class FuzzTest {
    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void closeEveryBreaker() {
        CircuitBreakerMaintenance.get().resetAll();
    }

    @Test
    void clientInputNeverGivesA5xxNorChangesDataWhenRefused() throws Exception {
        long id = ReportApiTest.modelReport();
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/reports/" + id + "/versions").then().statusCode(201);

        long started = System.nanoTime();
        OpenApiFuzzer.Report report = new OpenApiFuzzer(URI.create("http://localhost:" + RestAssured.port),
                Map.of("id", String.valueOf(id), "key", "performanceManagement", "v", "1"),
                DatabaseFingerprint.of(dataSource), Map.of()).run();
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("[fuzz] report-service: " + report.cases() + " cases in " + millis + " ms, answers " + report.byStatus());

        assertThat(report.violations()).as(report.violations().size() + " broken promise(s), seed " + report.seed() + ":\n"
                + String.join("\n", report.violations())).isEmpty();
        assertThat(report.cases()).as("cases sent").isGreaterThan(300);
        assertThat(report.byStatus().getOrDefault("400", 0)).as("answered 400").isGreaterThan(250);
    }

    @Test
    void parametersOutOfRangeAre400sNamingThem() {
        long id = ReportApiTest.createReport("GZ-XFJ", 1);
        String reports = "/api/v1/reports";
        refused(() -> given().queryParam("page", "abc").get(reports), 400, "page");
        refused(() -> given().queryParam("page", "-1").get(reports), 400, "page");
        refused(() -> given().queryParam("size", "2147483648").get(reports), 400, "size");
        refused(() -> given().queryParam("size", "0").get(reports), 400, "size");
        refused(() -> given().queryParam("year", "1.5").get(reports), 400, "year");
        refused(() -> given().queryParam("year", "٢٠٢١").get(reports), 400, "year");
        refused(() -> given().queryParam("year", "1999").get(reports), 400, "year");
        refused(() -> given().queryParam("department", "x".repeat(65)).get(reports), 400, "department");
        refused(() -> given().get(reports + "/abc"), 400, "id");
        refused(() -> given().get(reports + "/0"), 400, "id");
        refused(() -> given().get(reports + "/99999999999999999999"), 400, "id");
        refused(() -> given().get(reports + "/" + id + "/versions/0/findings"), 400, "v");
        refused(() -> given().get(reports + "/" + id + "/versions/2147483648"), 400, "v");
        refused(() -> given().post(reports + "/" + id + "/versions/-1/publish"), 400, "v");
        refused(() -> given().queryParam("format", "xls").get(reports + "/" + id + "/versions/1"), 400, "format");
        // a well-formed version number the report does not have: 404
        given().get(reports + "/" + id + "/versions/7").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void bodiesOutOfRangeAre4xxsNamingTheField() {
        long id = ReportApiTest.createReport("GZ-XFJ", 1);
        String versions = "/api/v1/reports/" + id + "/versions";
        refused(() -> given().contentType(ContentType.JSON).body("{\"asOf\":\"2021-02-30\"}").post(versions), 400, "asOf");
        refused(() -> given().contentType(ContentType.JSON).body("{\"asOf\":\"2021-12-31T00:00:00\"}").post(versions), 400, "asOf");
        refused(() -> given().contentType(ContentType.JSON).body("{\"asOf\":\"2020-12-31\"}").post(versions), 400, "asOf");
        refused(() -> given().contentType(ContentType.JSON).body("{\"asOf\":\"+2021-12-31\"}").post(versions), 400, "asOf");
        for (String department : new String[] {"..", "../x", "GZ XFJ", "GZ/XFJ", "x".repeat(65)}) {
            refused(() -> given().contentType(ContentType.JSON).body(Map.of("department", department, "year", 2021, "evaluationId", 1))
                    .post("/api/v1/reports"), 400, "department");
        }
        refused(() -> given().contentType(ContentType.JSON).body(Map.of("text", "x".repeat(50_001)))
                .put("/api/v1/reports/" + id + "/sections/problems"), 400, "text");
        refused(() -> given().contentType(ContentType.JSON).body(Map.of("text", "x"))
                .put("/api/v1/reports/" + id + "/sections/" + "k".repeat(3000)), 404, "key");
        // malformed JSON says what is wrong (the platform unwraps the reader's bare 400)
        given().contentType(ContentType.JSON).body("{\"text\":\"a\",\"text\":\"b\"}").put("/api/v1/reports/" + id + "/sections/problems")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("Duplicate field 'text'"));
        given().contentType(ContentType.JSON).body("{\"text\":").put("/api/v1/reports/" + id + "/sections/problems")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("end-of-input"));
        given().get("/api/v1/reports/" + id).then().statusCode(200).body("versions.size()", equalTo(0))
                .body("sections.problems.text", equalTo(null));
    }

    /** An unclosed placeholder in a long section is read in linear time (the former pattern took hours). */
    @Test
    void aLongSectionIsReadInLinearTime() {
        long id = ReportApiTest.createReport("GZ-XFJ", 1);
        long started = System.nanoTime();
        given().contentType(ContentType.JSON).body(Map.of("text", "{{" + " ".repeat(49_990)))
                .put("/api/v1/reports/" + id + "/sections/problems").then().statusCode(200);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_000);
    }

    /** The request is refused with the status, as problem+json whose errors[] name the field. */
    static void refused(Supplier<Response> request, int status, String field) {
        request.get().then().statusCode(status).contentType("application/problem+json").body("status", equalTo(status))
                .body("errors.field", hasItem(field));
    }
}
