package org.jixiao.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import org.jixiao.platform.testing.Contracts;
import org.junit.jupiter.api.Test;

/** Framework validation and immutability, project evaluations, lists and errors, through the API. */
@QuarkusTest
@QuarkusTestResource(BudgetServiceMock.class)
class FrameworkAndProjectApiTest extends ApiTest {
    @Inject
    EntityManager database;

    @Test
    void everyReasonAFrameworkIsInvalidIsListedIncludingUnknownMethods() {
        given().contentType(ContentType.JSON).body("""
                {"code": "BAD-2", "name": "坏", "points": 100, "method": "SUM", "children": [
                  {"code": "A", "name": "a", "points": 60, "method": "GUESSWORK"},
                  {"code": "B C", "name": "b", "points": 30, "method": "DEDUCTION", "params": {"perUnit": -1, "direction": "UP"}},
                  {"code": "T", "name": "t", "points": 5, "method": "TIERED", "children": [
                    {"code": "T1", "name": "t1", "points": 5, "method": "MANUAL"}]}]}""")
                .post("/api/v1/frameworks").then().statusCode(422).contentType("application/problem+json")
                .body("status", equalTo(422)).body("type", notNullValue()).body("title", notNullValue())
                .body("detail", containsString("problem"))
                .body("errors.field", containsInAnyOrder("points", "children[0].method", "children[1].code",
                        "children[1].params.perUnit", "children[1].params.direction", "children[2].children"))
                .body("errors.find { it.field == 'children[0].method' }.message", containsString("GUESSWORK"))
                .body("errors.find { it.field == 'points' }.message", containsString("95"));
        given().contentType(ContentType.JSON).body("{\"code\": \"X\", \"points\": \"many\"}").post("/api/v1/frameworks")
                .then().statusCode(400).contentType("application/problem+json").body(not(containsString("at ")));
    }

    @Test
    void theSeededFrameworksAreListedAsTrees() {
        given().get("/api/v1/frameworks").then().statusCode(200)
                .body("items.code", hasItems("DEPT-OVERALL", "PROJECT"))
                .body("items.find { it.code == 'PROJECT' }.children.code", contains("EXEC-RATE", "OUTPUT", "BENEFIT", "SATISFACTION"))
                .body("total", greaterThanOrEqualTo(2)).body("page", equalTo(0)).body("size", equalTo(50));
        given().queryParam("size", 1).get("/api/v1/frameworks").then().statusCode(200).body("items", hasSize(1));
        given().queryParam("size", 0).get("/api/v1/frameworks").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/frameworks/PROJECT").then().statusCode(200)
                .body("points", equalTo(100))
                .body("children.code", contains("EXEC-RATE", "OUTPUT", "BENEFIT", "SATISFACTION"))
                .body("children.points", contains(10, 50, 30, 10))
                .body("children[0].children", hasSize(0))
                .body("children[0].params", notNullValue());
        given().get("/api/v1/frameworks/NO-SUCH").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("version", 99).get("/api/v1/frameworks/PROJECT").then().statusCode(404);
    }

    @Test
    void aFrameworkVersionInUseNeverChanges() {
        String tree = """
                {"code": "CITY-Y", "name": "某市部门整体", "points": 100, "method": "SUM", "children": [
                  {"code": "EXEC-RATE", "name": "预算执行率", "points": %s, "method": "EXECUTION_RATE"},
                  {"code": "EXPERT", "name": "专家评议", "points": %s, "method": "MANUAL"}]}""";
        given().contentType(ContentType.JSON).body(tree.formatted(30, 70)).post("/api/v1/frameworks").then().statusCode(201)
                .header("Location", containsString("/api/v1/frameworks/CITY-Y?version=1"));
        stubModelBudget("CITY-Y-D");
        long id = given().contentType(ContentType.JSON)
                .body("{\"framework\": \"CITY-Y\", \"department\": \"CITY-Y-D\", \"year\": 2021, \"kind\": \"SELF\"}")
                .post("/api/v1/evaluations").then().statusCode(201).body("frameworkVersion", equalTo(1))
                .extract().jsonPath().getLong("id");
        // a new version for the same code; the evaluation keeps scoring against version 1
        given().contentType(ContentType.JSON).body(tree.formatted(10, 90)).post("/api/v1/frameworks").then().statusCode(201)
                .body("version", equalTo(2));
        given().contentType(ContentType.JSON).body("{\"score\": 91, \"justification\": \"x\"}")
                .put("/api/v1/evaluations/" + id + "/indicators/EXPERT").then().statusCode(422)
                .body("errors.field", contains("score")).body("errors[0].message", containsString("70"));
        given().contentType(ContentType.JSON).body("{\"score\": 63.5}")
                .put("/api/v1/evaluations/" + id + "/indicators/EXPERT").then().statusCode(422)
                .body("errors.field", contains("justification"));
        given().contentType(ContentType.JSON).body("{\"score\": 63.5, \"justification\": \"专家组评议：制度执行较好\"}")
                .put("/api/v1/evaluations/" + id + "/indicators/EXPERT").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"actual\": 1}")
                .put("/api/v1/evaluations/" + id + "/indicators/EXEC-RATE").then().statusCode(422)
                .body("errors.field", contains("code"));
        given().post("/api/v1/evaluations/" + id + "/score").then().statusCode(200)
                .body("frameworkVersion", equalTo(1))
                .body("nodes.code", contains("EXEC-RATE", "EXPERT"))
                // 30 × 99.92 % = 29.976 → 29.98; + 63.50
                .body("total", comparesEqualTo(new BigDecimal("93.48")))
                .body("nodes[0].explanation", containsString("30 × min(99.92%, 100%) = 29.98"))
                .body("nodes[1].explanation", equalTo("entered 63.50 of 70: 专家组评议：制度执行较好"));
        given().queryParam("version", 1).get("/api/v1/frameworks/CITY-Y").then().statusCode(200)
                .body("children.points", contains(30, 70));
        // and the database refuses to change a stored version, whatever the application does
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> database
                        .createNativeQuery("UPDATE framework SET name = 'x' WHERE code = 'CITY-Y'").executeUpdate()))
                .hasStackTraceContaining("immutable");
        // a framework without key tasks takes none
        given().contentType(ContentType.JSON).body("[]").put("/api/v1/evaluations/" + id + "/tasks").then().statusCode(422)
                .body("errors.field", hasItem("tasks"));
    }

    @Test
    void aProjectIsScoredOnItsOwnBudgetLine() {
        stubModelBudget("PROJ-D");
        long id = given().contentType(ContentType.JSON).body("""
                {"framework": "PROJECT", "department": "PROJ-D", "year": 2021, "kind": "SELF", "lineCode": "P-DCXC"}""")
                .post("/api/v1/evaluations").then().statusCode(201).body("lineCode", equalTo("P-DCXC"))
                .extract().jsonPath().getLong("id");
        put(id, "OUTPUT-QUANTITY", "{\"direction\": \"GE\", \"target\": 12, \"actual\": 12}");
        put(id, "OUTPUT-QUALITY", "{\"direction\": \"GE\", \"target\": 95, \"actual\": 98}");
        // the demo's one-line-per-indicator files carry the code in the body too: accepted
        put(id, "OUTPUT-TIMELINESS", "{\"code\": \"OUTPUT-TIMELINESS\", \"tier\": \"ACHIEVED\", \"fraction\": 1}");
        put(id, "OUTPUT-COST", "{\"target\": 890000, \"actual\": 888450}");
        put(id, "BENEFIT-SOCIAL", "{\"tier\": \"ACHIEVED\", \"fraction\": 0.5}");
        put(id, "BENEFIT-SUSTAINABLE", "{\"tier\": \"ACHIEVED\"}");
        put(id, "SATISFACTION", "{\"actual\": 92}");
        given().contentType(ContentType.JSON).body("{\"actual\": -1, \"target\": 95}")
                .put("/api/v1/evaluations/" + id + "/indicators/OUTPUT-QUALITY").then().statusCode(422)
                .body("errors.field", contains("actual"));
        // line P-DCXC: 889,530 of 890,000 = 99.95 % → 9.99; 20 + 15 + 10 + 5; 18 + 10; 10
        given().post("/api/v1/evaluations/" + id + "/score").then().statusCode(200)
                .body("lineCode", equalTo("P-DCXC"))
                .body("nodes.code", contains("EXEC-RATE", "OUTPUT", "BENEFIT", "SATISFACTION"))
                .body("nodes.score", contains(new BigDecimal("9.99"), new BigDecimal("50.00"), new BigDecimal("28.00"),
                        new BigDecimal("10.00")))
                .body("nodes[0].explanation", containsString("10 × min(99.95%, 100%) = 9.99 (spent 889530.00"))
                .body("nodes[0].inputs.scope", equalTo("line P-DCXC"))
                .body("total", comparesEqualTo(new BigDecimal("97.99")))
                .body("grade", equalTo("优"))
                .body("tasks", hasSize(0));

        long unknownLine = given().contentType(ContentType.JSON).body("""
                {"framework": "PROJECT", "department": "PROJ-D", "year": 2021, "kind": "SELF", "lineCode": "P-NONE"}""")
                .post("/api/v1/evaluations").then().statusCode(201).extract().jsonPath().getLong("id");
        given().post("/api/v1/evaluations/" + unknownLine + "/score").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", contains("lineCode"));
    }

    @Test
    void theResultCarriesTheTaskTableSnapshotAndWarnings() {
        stubModelBudget("SHAPE-D");
        long id = createEvaluation("SHAPE-D", "SELF");
        enterModelInputs(id);
        given().get("/api/v1/evaluations/" + id + "/result").then().statusCode(404).contentType("application/problem+json");
        given().post("/api/v1/evaluations/" + id + "/score").then().statusCode(200)
                .body("evaluationId", equalTo((int) id))
                .body("framework", equalTo("DEPT-OVERALL")).body("department", equalTo("SHAPE-D"))
                .body("year", equalTo(2021)).body("kind", equalTo("SELF")).body("lineCode", nullValue())
                .body("scoredAt", notNullValue())
                .body("tasks[0].name", equalTo("有效化解各类信访矛盾")).body("tasks[0].goal", equalTo("增强信访治理效能"))
                .body("tasks[0].outcome", containsString("8.91万件"))
                .body("tasks[0].indicators[1].name", equalTo("按期答复率"))
                .body("tasks[0].completion", comparesEqualTo(BigDecimal.ONE))
                .body("tasks[0].completionPercent", comparesEqualTo(new BigDecimal("100.00")))
                .body("tasks[0].indicators[1].score", comparesEqualTo(BigDecimal.ONE))
                .body("tasks[0].indicators[1].scorePercent", comparesEqualTo(new BigDecimal("100.00")))
                .body("nodes[0].children[0].children[2].inputs.carryOverRate", comparesEqualTo(new BigDecimal("0.08")))
                .body("tasks[0].indicators[1].met", equalTo(true))
                .body("tasks[1].indicators[1].tier", equalTo("ACHIEVED"))
                .body("tasks.indicators.flatten().kind", everyItem(notNullValue()))
                .body("budgetSnapshot.lastChangedAt", equalTo(Contracts.get("budget-service", "execution-municipal")
                        .response().body().path("lastChangedAt").asText()))
                .body("budgetSnapshot.execution.scope", equalTo("MUNICIPAL"))
                .body("budgetSnapshot.execution.monthly", hasSize(12))
                // DEPT-OVERALL scores the municipal appropriation only: all funds are not fetched
                .body("budgetSnapshot.executionAllFunds", nullValue())
                // the model's tiered inputs below ACHIEVED come with cause and remedy: no unexplained misses
                .body("warnings.code", not(hasItem("NOT_MET_WITHOUT_EXPLANATION")))
                .body("nodes[0].children.code", contains("BUDGET-EXECUTION", "BUDGET-MANAGEMENT", "ASSET-MANAGEMENT",
                        "PERFORMANCE-MANAGEMENT"))
                .body("nodes[0].children.score", contains(new BigDecimal("19.60"), new BigDecimal("13.50"),
                        new BigDecimal("4.00"), new BigDecimal("6.06")));
    }

    @Test
    void aNodeScopedToAllFundsFetchesAndKeepsThemToo() {
        given().contentType(ContentType.JSON).body("""
                {"code": "CITY-ALL", "name": "全口径", "points": 20, "method": "SUM", "children": [
                  {"code": "EXEC-ALL", "name": "全部资金执行率", "points": 10, "method": "EXECUTION_RATE", "params": {"scope": "ALL"}},
                  {"code": "EXEC-BASIC", "name": "基本支出执行率", "points": 10, "method": "EXECUTION_RATE",
                   "params": {"scope": "MUNICIPAL", "category": "BASIC"}}]}""")
                .post("/api/v1/frameworks").then().statusCode(201);
        stubModelBudget("ALL-D");
        long id = given().contentType(ContentType.JSON)
                .body("{\"framework\": \"CITY-ALL\", \"department\": \"ALL-D\", \"year\": 2021, \"kind\": \"SELF\"}")
                .post("/api/v1/evaluations").then().statusCode(201).extract().jsonPath().getLong("id");
        // ALL: 38,314,525 ÷ 38,343,500 = 99.92 %; BASIC: 27,603,775 ÷ 27,628,200 = 99.91 %
        given().post("/api/v1/evaluations/" + id + "/score").then().statusCode(200)
                .body("nodes.score", contains(new BigDecimal("9.99"), new BigDecimal("9.99")))
                .body("nodes[0].explanation", containsString("spent 38314525"))
                .body("nodes[1].explanation", containsString("10 × min(99.91%, 100%) = 9.99 (spent 27603775"))
                .body("budgetSnapshot.executionAllFunds.scope", equalTo("ALL"))
                .body("budgetSnapshot.execution.scope", equalTo("MUNICIPAL"));
    }

    @Test
    void theCityFrameworkOfDocsScoringMdLoadsAndScores() {
        given().contentType(ContentType.JSON).body(fixture("city-framework.json")).post("/api/v1/frameworks").then()
                .statusCode(201).body("code", equalTo("SZ-DEPT-OVERALL"));
        stubModelBudget("SZ-D");
        long id = given().contentType(ContentType.JSON)
                .body("{\"framework\": \"SZ-DEPT-OVERALL\", \"department\": \"SZ-D\", \"year\": 2021, \"kind\": \"SELF\"}")
                .post("/api/v1/evaluations").then().statusCode(201).extract().jsonPath().getLong("id");
        put(id, "COMPLIANCE", "{\"tier\": \"PARTIAL\", \"fraction\": 0.5, \"cause\": \"个别支出凭证不全\", \"remedy\": \"完善报销审核\"}");
        given().contentType(ContentType.JSON).body("""
                [{"name": "有效化解各类信访矛盾", "goal": "增强信访治理效能", "points": 60, "outcome": "按期答复率99.99%",
                  "indicators": [{"name": "按期答复率", "kind": "QUALITY", "direction": "GE", "target": 95, "unit": "%",
                                  "actual": 99.99, "weight": 1}]}]""")
                .put("/api/v1/evaluations/" + id + "/tasks").then().statusCode(200);
        // 20 × 99.92 % (ALL) = 19.98; carry-over 0.08 % ≤ 5 %: 10; PARTIAL 0.5–0.8 at 0.5 = 65 % of 10 = 6.50; tasks 60
        given().post("/api/v1/evaluations/" + id + "/score").then().statusCode(200)
                .body("nodes[0].children.score", contains(new BigDecimal("19.98"), new BigDecimal("10.00"), new BigDecimal("6.50")))
                .body("total", comparesEqualTo(new BigDecimal("96.48")));
    }

    @Test
    void listsArePagedAndErrorsAreProblems() {
        long first = createEvaluation("PAGE-D", "SELF");
        long second = createEvaluation("PAGE-D", "THIRD_PARTY");
        given().queryParam("department", "PAGE-D").queryParam("size", 1).get("/api/v1/evaluations").then().statusCode(200)
                .body("total", equalTo(2)).body("page", equalTo(0)).body("size", equalTo(1))
                .body("items.id", contains((int) first));
        given().queryParam("department", "PAGE-D").queryParam("size", 1).queryParam("page", 1).get("/api/v1/evaluations")
                .then().statusCode(200).body("items.id", contains((int) second));
        given().queryParam("year", 2021).get("/api/v1/evaluations").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(2));
        given().queryParam("kind", "SOMETIMES").get("/api/v1/evaluations").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("kind"));
        given().get("/api/v1/evaluations/987654321").then().statusCode(404).contentType("application/problem+json");
        given().post("/api/v1/evaluations/987654321/score").then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"framework\": \"DEPT-OVERALL\", \"year\": 1900, \"kind\": \"SELF\"}")
                .post("/api/v1/evaluations").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("department", "year"));
        given().contentType(ContentType.JSON)
                .body("{\"framework\": \"NOPE\", \"department\": \"PAGE-D\", \"year\": 2021, \"kind\": \"SELF\"}")
                .post("/api/v1/evaluations").then().statusCode(422).body("errors.field", contains("framework"));
        given().queryParam("department", "NOBODY-SCORED").queryParam("year", 2021).get("/api/v1/evaluations/comparison")
                .then().statusCode(404).contentType("application/problem+json");
        given().queryParam("department", "X").get("/api/v1/evaluations/comparison").then().statusCode(400)
                .body("errors.field", contains("year"));
    }

    private static void put(long id, String code, String body) {
        given().contentType(ContentType.JSON).body(body).put("/api/v1/evaluations/" + id + "/indicators/" + code)
                .then().statusCode(200);
    }
}
