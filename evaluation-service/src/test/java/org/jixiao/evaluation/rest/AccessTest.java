package org.jixiao.evaluation.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import org.jixiao.platform.testing.AccessMatrix;
import org.jixiao.platform.testing.AccessMatrix.Operation;
import org.jixiao.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every role against every operation (docs/security.md): a department opens and works on its own SELF evaluations,
 * a third party the THIRD_PARTY evaluations of the departments assigned to it, finance everything, an auditor
 * reads; the caller's token goes to budget-service with every peer call, and budget-service's refusal is the
 * caller's refusal.
 */
@QuarkusTest
@QuarkusTestResource(BudgetServiceMock.class)
class AccessTest extends ApiTest {
    private static final AccessMatrix.Callers CALLERS = AccessMatrix.Callers.standard("ACC-A", "ACC-B");
    private static long self;
    private static long review;
    private static long thirdParty;
    private static long otherSelf;
    private static long rectification;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void evaluations() {
        stubModelBudget("ACC-A");
        if (self != 0) {
            return;
        }
        long created = createEvaluation("ACC-A", "SELF");
        review = createEvaluation("ACC-A", "FINANCE_REVIEW");
        thirdParty = createEvaluation("ACC-A", "THIRD_PARTY");
        otherSelf = createEvaluation("ACC-B", "SELF");
        enterModelInputs(created);
        // the first peer call of a fresh JVM may take longer than an attempt's 1.5 s: 503, and the next one answers
        for (int attempt = 0; attempt < 3 && given().post("/api/v1/evaluations/" + created + "/score").statusCode() != 200; attempt++) {
            closeEveryBreaker();
        }
        given().get("/api/v1/evaluations/" + created + "/result").then().statusCode(200);
        self = created;
    }

    /** A FINANCE_REVIEW rectification item of ACC-A (its plan is finance's). */
    private static long rectification() {
        if (rectification == 0) {
            rectification = given().contentType(ContentType.JSON).body("""
                    {"department": "ACC-A", "year": 2021, "source": "FINANCE_REVIEW", "problem": "绩效评价形式比较单一"}""")
                    .post("/api/v1/rectifications").then().statusCode(201).extract().jsonPath().getLong("id");
        }
        return rectification;
    }

    @Test
    void everyRoleAgainstEveryOperation() {
        String create = "{\"framework\": \"DEPT-OVERALL\", \"department\": \"ACC-A\", \"year\": 2021, \"kind\": \"%s\"}";
        String tasks = demo("tasks.json");
        String input = "{\"tier\": \"ACHIEVED\", \"fraction\": 1}";
        MonitoringApiTest.ProjectSet monitored = MonitoringApiTest.approvedProject("ACC-A");
        MonitoringApiTest.stubProject("ACC-A", monitored.projectKey(), "45.00", "50.00");
        List<String> mismatches = new AccessMatrix(dataSource, CALLERS).run(List.of(
                Operation.write("open SELF", "POST", "/api/v1/evaluations", n -> create.formatted("SELF"),
                        "201 201 403 403 403 403 403 403"),
                Operation.write("open FINANCE_REVIEW", "POST", "/api/v1/evaluations", n -> create.formatted("FINANCE_REVIEW"),
                        "201 403 403 403 403 403 403 403"),
                Operation.write("open THIRD_PARTY", "POST", "/api/v1/evaluations", n -> create.formatted("THIRD_PARTY"),
                        "201 403 403 403 201 403 403 403"),
                Operation.read("list", "/api/v1/evaluations", AccessMatrix.EVERY_ROLE),
                Operation.read("read", "/api/v1/evaluations/" + self, AccessMatrix.READ_OWN),
                Operation.read("result", "/api/v1/evaluations/" + self + "/result", AccessMatrix.READ_OWN),
                Operation.read("actuals sheet", "/api/v1/evaluations/" + self + "/actuals.xlsx", AccessMatrix.READ_OWN),
                Operation.read("comparison", "/api/v1/evaluations/comparison?department=ACC-A&year=2021", AccessMatrix.READ_OWN),
                Operation.write("SELF tasks", "PUT", "/api/v1/evaluations/" + self + "/tasks", n -> tasks,
                        "200 200 403 403 403 403 403 403"),
                Operation.write("SELF input", "PUT", "/api/v1/evaluations/" + self + "/indicators/SYSTEMS", n -> input,
                        "200 200 403 403 403 403 403 403"),
                // authorised before anything else: the department's own evaluation has no targets (422), others are 403
                Operation.write("SELF goal outcome", "PUT", "/api/v1/evaluations/" + self + "/goal-outcome",
                        n -> "{\"outcome\": \"完成\"}", "422 422 403 403 403 403 403 403"),
                Operation.write("score SELF", "POST", "/api/v1/evaluations/" + self + "/score", null,
                        "200 200 403 403 403 403 403 403"),
                Operation.write("open rectification items of shortfalls", "POST", "/api/v1/evaluations/" + self + "/rectifications",
                        n -> "{}", "201 200 403 403 403 403 403 403"),
                Operation.write("open a SELF_EVALUATION rectification item", "POST", "/api/v1/rectifications", n -> """
                        {"department": "ACC-A", "year": 2021, "source": "SELF_EVALUATION", "problem": "问题%d"}""".formatted(n),
                        "201 201 403 403 403 403 403 403"),
                Operation.write("open a FINANCE_REVIEW rectification item", "POST", "/api/v1/rectifications", n -> """
                        {"department": "ACC-A", "year": 2021, "source": "FINANCE_REVIEW", "problem": "问题%d"}""".formatted(n),
                        "201 403 403 403 403 403 403 403"),
                Operation.read("rectification items", "/api/v1/rectifications", AccessMatrix.EVERY_ROLE),
                Operation.read("rectification item", "/api/v1/rectifications/" + rectification(), AccessMatrix.READ_OWN),
                Operation.write("plan a rectification item", "PUT", "/api/v1/rectifications/" + rectification(),
                        n -> "{\"measure\": \"整改\"}", "200 403 403 403 403 403 403 403"),
                Operation.write("THIRD_PARTY tasks", "PUT", "/api/v1/evaluations/" + thirdParty + "/tasks", n -> tasks,
                        "200 403 403 403 200 403 403 403"),
                Operation.write("THIRD_PARTY input", "PUT", "/api/v1/evaluations/" + thirdParty + "/indicators/SYSTEMS",
                        n -> input, "200 403 403 403 200 403 403 403"),
                Operation.write("FINANCE_REVIEW input", "PUT", "/api/v1/evaluations/" + review + "/indicators/SYSTEMS",
                        n -> input, "200 403 403 403 403 403 403 403"),
                Operation.write("score FINANCE_REVIEW", "POST", "/api/v1/evaluations/" + review + "/score", null,
                        "200 403 403 403 403 403 403 403"),
                Operation.read("frameworks", "/api/v1/frameworks", AccessMatrix.EVERY_ROLE),
                Operation.read("framework", "/api/v1/frameworks/DEPT-OVERALL", AccessMatrix.EVERY_ROLE),
                Operation.write("create framework", "POST", "/api/v1/frameworks", n -> """
                        {"code": "ACC-FW-%d", "name": "测试", "points": 10, "method": "SUM", "children": [
                          {"code": "C", "name": "合规", "points": 10, "method": "TIERED"}]}""".formatted(n),
                        "201 403 403 403 403 403 403 403"),
                Operation.write("record monitoring", "PUT", monitored.path("2022-06-30"), n -> MonitoringApiTest.onTrack(),
                        "200 200 403 403 403 403 403 403"),
                Operation.read("set's monitoring", "/api/v1/targets/" + monitored.id() + "/monitoring", AccessMatrix.READ_OWN),
                Operation.read("monitoring at a checkpoint", monitored.path("2022-06-30"), AccessMatrix.READ_OWN),
                Operation.read("city monitoring", "/api/v1/monitoring?checkpoint=2022-06-30", AccessMatrix.EVERY_ROLE),
                Operation.read("departments' monitoring", "/api/v1/monitoring/departments?checkpoint=2022-06-30",
                        AccessMatrix.EVERY_ROLE),
                Operation.read("audit trail", "/api/v1/audit", AccessMatrix.FINANCE_AND_AUDITOR)));
        assertThat(mismatches).isEmpty();
    }

    @Test
    void aDepartmentsListShowsOnlyItsOwnEvaluations() {
        given().header("Authorization", TestTokens.bearer(TestTokens.department("ACC-B"))).queryParam("size", 1000)
                .get("/api/v1/evaluations").then().statusCode(200)
                .body("items.department", everyItem(equalTo("ACC-B"))).body("items.id", contains((int) otherSelf));
        given().header("Authorization", TestTokens.bearer(TestTokens.department("ACC-B")))
                .queryParam("department", "ACC-A").get("/api/v1/evaluations").then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", TestTokens.bearer(TestTokens.department("NO-SUCH-DEPT")))
                .get("/api/v1/evaluations").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void peerCallsCarryTheCallersOwnToken() {
        String token = TestTokens.department("ACC-A");
        BudgetServiceMock.server.resetRequests();
        given().header("Authorization", TestTokens.bearer(token)).post("/api/v1/evaluations/" + self + "/score")
                .then().statusCode(200);
        BudgetServiceMock.server.verify(WireMock.moreThanOrExactly(1),
                getRequestedFor(urlPathMatching("/api/v1/departments/ACC-A/budgets/2021/execution")));
        assertThat(BudgetServiceMock.server.findAll(getRequestedFor(urlPathMatching("/api/v1/.*"))))
                .allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + token));
    }

    @Test
    void budgetServicesRefusalIsTheCallersRefusal() {
        long refused = createEvaluation("ACC-R", "SELF");
        BudgetServiceMock.server.stubFor(WireMock.get(urlPathMatching("/api/v1/departments/ACC-R/.*"))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\": 403, \"title\": \"Forbidden\"}")));
        given().post("/api/v1/evaluations/" + refused + "/score").then().statusCode(403)
                .contentType("application/problem+json").body("status", equalTo(403));
        given().queryParam("outcome", "REFUSED").queryParam("entity", "peer:budget-service").get("/api/v1/audit")
                .then().statusCode(200).body("items[0].subject", equalTo("test-finance"));
        BudgetServiceMock.server.stubFor(WireMock.get(urlPathMatching("/api/v1/departments/ACC-R/.*"))
                .willReturn(aResponse().withStatus(401)));
        given().post("/api/v1/evaluations/" + refused + "/score").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
        given().get("/api/v1/evaluations/" + refused + "/result").then().statusCode(404);
    }

    @Test
    void writesAreAuditedWithWhoAndWhat() {
        long id = createEvaluation("ACC-B", "SELF");
        given().header("Authorization", TestTokens.bearer(TestTokens.department("ACC-B"))).contentType(ContentType.JSON)
                .body("{\"tier\": \"ACHIEVED\", \"fraction\": 1}").put("/api/v1/evaluations/" + id + "/indicators/SYSTEMS")
                .then().statusCode(200);
        given().queryParam("entity", "indicator-input").queryParam("entityId", id + "/SYSTEMS").get("/api/v1/audit")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].subject", equalTo("test-department-ACC-B"))
                .body("items[0].roles", contains("department"))
                .body("items[0].after", org.hamcrest.Matchers.containsString("ACHIEVED"));
        given().queryParam("entity", "evaluation").queryParam("entityId", String.valueOf(id)).get("/api/v1/audit")
                .then().statusCode(200).body("items[0].action", equalTo("create"))
                .body("items[0].after", org.hamcrest.Matchers.containsString("ACC-B"));
    }
}
