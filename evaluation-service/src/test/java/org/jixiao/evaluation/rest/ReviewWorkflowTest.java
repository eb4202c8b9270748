package org.jixiao.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.jixiao.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The year's cycle: deadlines, and a self-evaluation's way through review to filing (docs/workflow.md). */
@QuarkusTest
@QuarkusTestResource(BudgetServiceMock.class)
class ReviewWorkflowTest extends ApiTest {
    private static final String DEPARTMENT = "WF-A";

    private static RequestSpecification department() {
        return TargetApiTest.as(TestTokens.department(DEPARTMENT));
    }

    private static void input(RequestSpecification as, long id, int status) {
        as.body("{\"tier\": \"ACHIEVED\", \"fraction\": 1}").put("/api/v1/evaluations/" + id + "/indicators/SYSTEMS").then()
                .statusCode(status);
    }

    @Test
    void theCitySetsTheYearsDeadlinesAndOnlyFinanceMay() {
        String deadlines = """
                {"targets": "2021-03-31", "monitoring": {"06-30": "2021-07-15", "08-31": "2021-09-15"},
                 "selfEvaluation": "2022-03-31", "report": "2022-04-30"}""";
        department().body(deadlines).put("/api/v1/cycles/2021").then().statusCode(403);
        given().contentType(ContentType.JSON).body(deadlines).put("/api/v1/cycles/2021").then().statusCode(200)
                .body("selfEvaluation", equalTo("2022-03-31")).body("monitoring.'06-30'", equalTo("2021-07-15"));
        department().get("/api/v1/cycles/2021").then().statusCode(200).body("report", equalTo("2022-04-30"))
                .body("targets", equalTo("2021-03-31"));
        // a checkpoint that is not one, a deadline before its checkpoint, a date two years off: 422 naming each
        given().contentType(ContentType.JSON).body("""
                {"monitoring": {"07-01": "2021-07-15", "08-31": "2021-08-01"}, "report": "2024-01-01"}""")
                .put("/api/v1/cycles/2021").then().statusCode(422)
                .body("errors.field", hasItems("monitoring.07-01", "monitoring.08-31", "report"));
        given().contentType(ContentType.JSON).body("{\"report\": \"2022-02-30\"}").put("/api/v1/cycles/2021").then().statusCode(400);
        given().contentType(ContentType.JSON).body("{}").put("/api/v1/cycles/20x1").then().statusCode(400);
        // nothing of the refused ones was stored
        given().get("/api/v1/cycles/2021").then().body("report", equalTo("2022-04-30"));
        given().queryParam("entity", "cycle-deadlines").get("/api/v1/audit").then().statusCode(200)
                .body("items.entityId", hasItem("2021"));
    }

    @Test
    void aSelfEvaluationGoesThroughReviewToFilingAndIsFrozenMeanwhile() {
        stubModelBudget(DEPARTMENT);
        given().contentType(ContentType.JSON).body("{\"selfEvaluation\": \"2022-03-31\"}").put("/api/v1/cycles/2021").then().statusCode(200);
        long id = department().body("""
                {"framework": "DEPT-OVERALL", "department": "%s", "year": 2021, "kind": "SELF"}""".formatted(DEPARTMENT))
                .post("/api/v1/evaluations").then().statusCode(201).body("status", equalTo("DRAFT"))
                .body("deadline", equalTo("2022-03-31")).body("timeliness", equalTo("OVERDUE"))
                .extract().jsonPath().getLong("id");
        String path = "/api/v1/evaluations/" + id;
        input(department(), id, 200);
        // not scored yet: nothing to review
        department().post(path + "/submit").then().statusCode(409);
        department().post(path + "/score").then().statusCode(200);
        department().post(path + "/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("timeliness", equalTo("LATE"));

        // frozen while with finance: inputs, tasks, scoring, submitting again
        input(department(), id, 409);
        department().post(path + "/score").then().statusCode(409);
        department().post(path + "/submit").then().statusCode(409);
        // only finance reviews and files
        department().body("{\"decision\": \"ACCEPT\"}").post(path + "/review").then().statusCode(403);
        department().post(path + "/file").then().statusCode(403);
        given().post(path + "/file").then().statusCode(409);
        given().contentType(ContentType.JSON).body("{\"decision\": \"RETURN\"}").post(path + "/review").then().statusCode(422)
                .body("errors.field", contains("comment"));
        given().contentType(ContentType.JSON).body("{\"decision\": \"MAYBE\"}").post(path + "/review").then().statusCode(400);
        given().get(path).then().body("status", equalTo("SUBMITTED"));
        given().contentType(ContentType.JSON).body("{\"decision\": \"RETURN\", \"comment\": \"请补充偏差原因\"}").post(path + "/review")
                .then().statusCode(200).body("status", equalTo("RETURNED")).body("reviewComment", equalTo("请补充偏差原因"));

        // returned: the department edits, must score again, submits again
        input(department(), id, 200);
        department().post(path + "/submit").then().statusCode(409);
        department().post(path + "/score").then().statusCode(200);
        department().post(path + "/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"));
        given().contentType(ContentType.JSON).body("{\"decision\": \"ACCEPT\"}").post(path + "/review").then().statusCode(200)
                .body("status", equalTo("REVIEWED")).body("reviewComment", nullValue());
        given().post(path + "/file").then().statusCode(200).body("status", equalTo("FILED")).body("filedAt", org.hamcrest.Matchers.notNullValue());
        given().post(path + "/file").then().statusCode(409);
        given().contentType(ContentType.JSON).body("{\"decision\": \"RETURN\", \"comment\": \"x\"}").post(path + "/review").then().statusCode(409);
        input(given().contentType(ContentType.JSON), id, 409);

        given().queryParam("department", DEPARTMENT).queryParam("status", "FILED").get("/api/v1/evaluations").then()
                .body("items.id", contains((int) id));
        given().queryParam("status", "LOST").get("/api/v1/evaluations").then().statusCode(400).body("errors.field", contains("status"));
        var actions = given().queryParam("entity", "evaluation").queryParam("size", 1000).get("/api/v1/audit").then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.entityId == '" + id + "' }.action", String.class);
        assertThat(actions).contains("submit", "review", "file");
    }

    @Test
    void anEvaluationWithoutADeadlineOrBeforeItIsNotFlagged() {
        given().contentType(ContentType.JSON).body("{\"selfEvaluation\": \"2100-03-31\"}").put("/api/v1/cycles/2099").then().statusCode(200);
        given().contentType(ContentType.JSON).body("""
                {"framework": "DEPT-OVERALL", "department": "WF-B", "year": 2099, "kind": "SELF"}""")
                .post("/api/v1/evaluations").then().statusCode(201).body("timeliness", equalTo("OPEN"));
        given().contentType(ContentType.JSON).body("""
                {"framework": "DEPT-OVERALL", "department": "WF-B", "year": 2098, "kind": "SELF"}""")
                .post("/api/v1/evaluations").then().statusCode(201).body("timeliness", equalTo("NO_DEADLINE")).body("deadline", nullValue());
    }

    @Test
    void theYearsProgressOfEveryDepartmentForTheCityBoard() {
        stubModelBudget("WF-C");
        given().contentType(ContentType.JSON).body("{\"targets\": \"2024-03-31\", \"selfEvaluation\": \"2026-03-31\"}")
                .put("/api/v1/cycles/2025").then().statusCode(200);
        // WF-C declares its department targets and submits them; its evaluation stays a draft
        long targets = TargetApiTest.as(TestTokens.department("WF-C")).body(TargetApiTest.departmentTargets("WF-C", 2025))
                .post("/api/v1/targets").then().statusCode(201).extract().jsonPath().getLong("id");
        given().post("/api/v1/targets/" + targets + "/submit").then().statusCode(200);
        given().contentType(ContentType.JSON).body("""
                {"framework": "DEPT-OVERALL", "department": "WF-C", "year": 2025, "kind": "SELF"}""")
                .post("/api/v1/evaluations").then().statusCode(201);
        TargetApiTest.as(TestTokens.department("WF-C")).get("/api/v1/cycles/2025/departments").then().statusCode(403);
        var row = "departments.find { it.department == 'WF-C' }";
        TargetApiTest.as(TestTokens.auditor()).get("/api/v1/cycles/2025/departments").then().statusCode(200)
                .body(row + ".targets.status", equalTo("SUBMITTED"))
                // submitted in 2026, after the 2024-03-31 deadline
                .body(row + ".targets.timeliness", equalTo("LATE"))
                .body(row + ".evaluation.status", equalTo("DRAFT"))
                .body(row + ".evaluation.timeliness", equalTo("OVERDUE"))
                .body(row + ".evaluation.total", nullValue())
                .body(row + ".monitoring", org.hamcrest.Matchers.empty());
    }
}
