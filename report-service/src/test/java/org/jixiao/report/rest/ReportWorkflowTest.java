package org.jixiao.report.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.jixiao.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** A report's way through the finance bureau: submitted, returned, submitted again, accepted, filed (docs/workflow.md). */
@QuarkusTest
@QuarkusTestResource(PeersWireMock.class)
class ReportWorkflowTest {
    private static RequestSpecification department() {
        return given().header("Authorization", TestTokens.bearer(TestTokens.department("GZ-XFJ"))).contentType(ContentType.JSON);
    }

    @Test
    void submittedReturnedSubmittedAgainAcceptedFiled() {
        long id = ReportApiTest.modelReport();
        String report = "/api/v1/reports/" + id;
        department().post(report + "/versions").then().statusCode(201).body("version", equalTo(1));
        department().post(report + "/versions/1/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("submittedVersion", equalTo(1)).body("submittedAt", notNullValue());

        // with finance: no section edits, no new versions, no second submission
        department().body(Map.of("text", "改")).put(report + "/sections/achievements").then().statusCode(409)
                .contentType("application/problem+json");
        department().post(report + "/versions").then().statusCode(409);
        department().post(report + "/versions/1/submit").then().statusCode(409);
        // finance alone reviews and files
        department().body("{\"decision\": \"ACCEPT\"}").post(report + "/review").then().statusCode(403);
        given().post(report + "/file").then().statusCode(409);
        given().contentType(ContentType.JSON).body("{\"decision\": \"RETURN\", \"comment\": \"\"}").post(report + "/review").then()
                .statusCode(422).body("errors.field", contains("comment"));
        given().contentType(ContentType.JSON).body("{\"decision\": \"RETURN\", \"comment\": \"请在结论中说明项目绩效\"}")
                .post(report + "/review").then().statusCode(200).body("status", equalTo("RETURNED"))
                .body("reviewComment", equalTo("请在结论中说明项目绩效"));

        // returned: edited, a new version, submitted again
        ReportApiTest.putSection(id, "achievements", "全年项目支出预算完成率 99.95%。");
        department().post(report + "/versions").then().statusCode(201).body("version", equalTo(2));
        department().post(report + "/versions/2/submit").then().statusCode(200).body("submittedVersion", equalTo(2));
        given().contentType(ContentType.JSON).body("{\"decision\": \"ACCEPT\"}").post(report + "/review").then().statusCode(200)
                .body("status", equalTo("REVIEWED")).body("reviewComment", nullValue());
        department().post(report + "/file").then().statusCode(403);
        given().post(report + "/file").then().statusCode(200).body("status", equalTo("FILED")).body("filedAt", notNullValue());
        given().post(report + "/file").then().statusCode(409);
        given().contentType(ContentType.JSON).body("{\"decision\": \"ACCEPT\"}").post(report + "/review").then().statusCode(409);

        given().queryParam("entity", "report").queryParam("size", 1000).get("/api/v1/audit").then().statusCode(200)
                .body("items.findAll { it.entityId == '" + id + "' }.action", hasItems("submit", "review", "file"));
    }

    @Test
    void aVersionWithFatalFindingsIsNotSubmittedAndAnotherDepartmentCannot() {
        long id = ReportApiTest.modelReport();
        ReportApiTest.putSection(id, "achievements", "全年项目支出预算完成率 99.00%。");
        given().contentType(ContentType.JSON).post("/api/v1/reports/" + id + "/versions").then().statusCode(201).body("fatalCount", equalTo(1));
        department().post("/api/v1/reports/" + id + "/versions/1/submit").then().statusCode(422)
                .body("errors.field", contains("NARRATIVE-CONTRADICTION"));
        given().header("Authorization", TestTokens.bearer(TestTokens.department("GZ-OTHER")))
                .post("/api/v1/reports/" + id + "/versions/1/submit").then().statusCode(403);
        department().post("/api/v1/reports/" + id + "/versions/7/submit").then().statusCode(404);
        given().get("/api/v1/reports/" + id).then().body("status", equalTo("DRAFT")).body("submittedVersion", nullValue());
    }
}
