package org.jixiao.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(BudgetServiceMock.class)
class EvaluationApiTest extends ApiTest {

    @Test
    void theModelScores93_16WithTheExecutionNodeFromBudgetData() {
        stubModelBudget("MODEL-A");
        long id = createEvaluation("MODEL-A", "SELF");
        enterModelInputs(id);
        given().post("/api/v1/evaluations/" + id + "/score").then().statusCode(200)
                .header("Server-Timing", containsString("budget;dur="))
                .body("total", comparesEqualTo(new BigDecimal("93.16")))
                .body("grade", equalTo("优"))
                .body("gradeCode", equalTo("EXCELLENT"))
                .body("recommendation", containsString("优先"))
                .body("nodes.code", contains("MANAGEMENT", "DUTY"))
                .body("nodes[0].score", comparesEqualTo(new BigDecimal("43.16")))
                .body("nodes[1].score", comparesEqualTo(new BigDecimal("50.00")))
                .body("nodes[0].children[0].children[0].code", equalTo("EXEC-RATE"))
                .body("nodes[0].children[0].children[0].score", comparesEqualTo(new BigDecimal("9.99")))
                .body("nodes[0].children[0].children[0].explanation", containsString("10 × min(99.92%, 100%) = 9.99"))
                .body("tasks.points", contains(18, 18, 14))
                .body("tasks.score", contains(new BigDecimal("18.00"), new BigDecimal("18.00"), new BigDecimal("14.00")))
                .body("budgetSnapshot.asOf", equalTo("2021-12-31"))
                .body("budgetSnapshot.fetchedAt", notNullValue())
                .body("budgetSnapshot.execution.total.spent", comparesEqualTo(new BigDecimal("36614525.00")))
                .body("frameworkVersion", equalTo(1))
                .body("warnings.code", not(hasItem("NOT_MET_WITHOUT_EXPLANATION")));
        // stored and read back: amounts keep their exact decimals (never doubles, never exponents)
        given().get("/api/v1/evaluations/" + id + "/result").then().statusCode(200)
                .body("total", comparesEqualTo(new BigDecimal("93.16")))
                .body(containsString("\"spent\":36614525.00,"))
                .body(containsString("\"total\":93.16,"))
                .body(containsString("spent 36614525.00 ÷ budget 36643500.00"))
                .body(not(containsString("E7")));
        given().get("/api/v1/evaluations/" + id).then().statusCode(200)
                .body("grade", equalTo("优")).body("tasks", hasSize(3));
    }

    @Test
    void everyNodeExplainsItsScore() {
        stubModelBudget("MODEL-B");
        long id = createEvaluation("MODEL-B", "SELF");
        enterModelInputs(id);
        var result = given().post("/api/v1/evaluations/" + id + "/score").then().statusCode(200).extract().jsonPath();
        List<String> explanations = result.getList("nodes.flatten().collect { [it] + it.children + it.children.collect { c -> c.children }.flatten() }.flatten().explanation");
        assertThat(explanations).isNotEmpty().allMatch(e -> e != null && e.contains("="));
    }

    @Test
    void taskPointsThatDoNotAddUpAreRefusedNamingTheField() {
        long id = createEvaluation("MODEL-C", "SELF");
        given().contentType(ContentType.JSON).body("""
                [{"name": "a", "goal": "g", "points": 18, "outcome": "o", "indicators": []},
                 {"name": "b", "goal": "g", "points": 18, "outcome": "o", "indicators": []}]""")
                .put("/api/v1/evaluations/" + id + "/tasks").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("points"))
                .body("errors[0].message", containsString("36"));
    }

    @Test
    void inputsOutsideTheirRangeAreRefusedNamingTheField() {
        long id = createEvaluation("MODEL-D", "SELF");
        given().contentType(ContentType.JSON).body("{\"tier\": \"ACHIEVED\", \"fraction\": 1.5}")
                .put("/api/v1/evaluations/" + id + "/indicators/SYSTEMS").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("fraction"));
        given().contentType(ContentType.JSON).body("{\"tier\": \"ACHIEVED\"}")
                .put("/api/v1/evaluations/" + id + "/indicators/NOPE").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"tier\": \"SOMETIMES\"}")
                .put("/api/v1/evaluations/" + id + "/indicators/SYSTEMS").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void frameworksAreValidatedAndVersioned() {
        given().get("/api/v1/frameworks/DEPT-OVERALL").then().statusCode(200)
                .body("children.code", contains("MANAGEMENT", "DUTY"))
                .body("children[1].method", equalTo("TASKS"));
        given().contentType(ContentType.JSON).body("""
                {"code": "BAD", "name": "坏", "points": 100, "method": "SUM", "children": [
                  {"code": "A", "name": "a", "points": 60, "method": "EXECUTION_RATE", "params": {"scope": "CITY"}},
                  {"code": "B", "name": "b", "points": 30, "method": "TIERED"}]}""")
                .post("/api/v1/frameworks").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("points", "children[0].params.scope"));
        String city = """
                {"code": "CITY-X", "name": "某市部门整体", "points": 100, "method": "SUM", "children": [
                  {"code": "MANAGEMENT", "name": "管理效能", "points": %s, "method": "SUM", "children": [
                    {"code": "EXEC-RATE", "name": "预算执行率", "points": %s, "method": "EXECUTION_RATE"}]},
                  {"code": "DUTY", "name": "履职效能", "points": %s, "method": "TASKS"}]}""";
        given().contentType(ContentType.JSON).body(city.formatted(50, 50, 50)).post("/api/v1/frameworks")
                .then().statusCode(201).body("version", equalTo(1));
        given().contentType(ContentType.JSON).body(city.formatted(40, 40, 60)).post("/api/v1/frameworks")
                .then().statusCode(201).body("version", equalTo(2));
        given().queryParam("version", 1).get("/api/v1/frameworks/CITY-X").then().statusCode(200).body("children[0].points", equalTo(50));
        given().get("/api/v1/frameworks/CITY-X").then().statusCode(200).body("version", equalTo(2));
    }

    @Test
    void reEvaluationsAreComparedNodeByNode() {
        stubModelBudget("MODEL-E");
        long self = createEvaluation("MODEL-E", "SELF");
        enterModelInputs(self);
        given().post("/api/v1/evaluations/" + self + "/score").then().statusCode(200);
        long review = createEvaluation("MODEL-E", "FINANCE_REVIEW");
        enterModelInputs(review);
        given().contentType(ContentType.JSON).body("{\"tier\": \"PARTIAL\", \"fraction\": 0, \"cause\": \"制度不全\", \"remedy\": \"完善制度\"}")
                .put("/api/v1/evaluations/" + review + "/indicators/SYSTEMS").then().statusCode(200);
        given().post("/api/v1/evaluations/" + review + "/score").then().statusCode(200)
                .body("total", comparesEqualTo(new BigDecimal("91.16")));
        given().queryParam("department", "MODEL-E").queryParam("year", 2021).get("/api/v1/evaluations/comparison")
                .then().statusCode(200)
                .body("totals.SELF", comparesEqualTo(new BigDecimal("93.16")))
                .body("totalDifferences.FINANCE_REVIEW", comparesEqualTo(new BigDecimal("-2.00")))
                .body("nodes.find { it.code == 'SYSTEMS' }.differences.FINANCE_REVIEW", comparesEqualTo(new BigDecimal("-2.00")))
                .body("nodes.find { it.code == 'EXEC-RATE' }.differences.FINANCE_REVIEW", comparesEqualTo(BigDecimal.ZERO));
        given().queryParam("department", "MODEL-E").queryParam("year", 2021).queryParam("kind", "FINANCE_REVIEW")
                .get("/api/v1/evaluations").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void operationsEndpointsAnswer() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/evaluations/{id}/score"));
        String openapi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        assertThat(openapi)
                .contains("\"Evaluations\"", "\"Frameworks\"", "有效化解各类信访矛盾", "GZ-XFJ", "\"503\"", "\"422\"");
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
