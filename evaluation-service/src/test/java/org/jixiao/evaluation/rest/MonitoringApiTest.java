package org.jixiao.evaluation.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import org.jixiao.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Performance monitoring (docs/monitoring.md): a checkpoint recorded for approved targets with budget-service's
 * execution as of that date (WireMock), its status and reasons, the city-wide view and the departments' overall
 * status, and the refusals (nothing stored).
 */
@QuarkusTest
@QuarkusTestResource(BudgetServiceMock.class)
class MonitoringApiTest extends ApiTest {
    private static final String JUNE = "2022-06-30";

    static RequestSpecification as(String token) {
        return given().header("Authorization", TestTokens.bearer(token)).contentType(ContentType.JSON);
    }

    /** An approved 信息化建设 project set of the department (year 2022), its id and projectKey. */
    record ProjectSet(long id, String projectKey) {
        String path(String checkpoint) {
            return "/api/v1/targets/" + id + "/monitoring/" + checkpoint;
        }
    }

    static ProjectSet approvedProject(String department) {
        long id = TargetApiTest.inState(department, "APPROVED");
        String key = given().get("/api/v1/targets/" + id).then().statusCode(200).extract().jsonPath().getString("projectKey");
        return new ProjectSet(id, key);
    }

    /** budget-service's project execution as of June 30th: 1,300,000.00 budgeted, progress and time progress as given. */
    static void stubProject(String department, String projectKey, String progress, String timeProgress) {
        BigDecimal spent = new BigDecimal("1300000.00").multiply(new BigDecimal(progress)).movePointLeft(2)
                .setScale(2, java.math.RoundingMode.HALF_UP);
        BudgetServiceMock.server.stubFor(get(urlPathEqualTo("/api/v1/departments/" + department + "/budgets/2022/projects/"
                + projectKey + "/execution")).withQueryParam("asOf", WireMock.equalTo(JUNE))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"department": "%s", "year": 2022, "projectKey": "%s", "asOf": "%s",
                         "total": {"initialBudget": 1300000.00, "adjustedBudget": 1300000.00, "spent": %s},
                         "bySource": [{"fundingSource": "MUNICIPAL", "initialBudget": 1300000.00, "adjustedBudget": 1300000.00, "spent": %s}],
                         "lines": [{"lineCode": "P-2022-XXH", "adjustedBudget": 1300000.00, "spent": %s, "adjustments": []}],
                         "monthly": [], "progress": %s, "timeProgress": %s, "status": "GREEN", "lastChangedAt": "2022-06-30T10:00:00Z"}"""
                        .formatted(department, projectKey, JUNE, spent, spent, spent, progress, timeProgress))));
    }

    /** The six 信息化建设 indicators at mid-year, on track; {@code replace} swaps one entry (index, entry JSON). */
    static String report(int index, String entry) {
        String[] entries = {
                "{\"indicator\": 0, \"name\": \"系统功能模块上线数\", \"completedToDate\": 3, \"expectedYearEnd\": 5}",
                "{\"indicator\": 1, \"completedToDate\": 99.5, \"expectedYearEnd\": 99.5}",
                "{\"indicator\": 2, \"completedToDate\": 6, \"expectedYearEnd\": 12}",
                "{\"indicator\": 3, \"completedToDate\": 62, \"expectedYearEnd\": 128}",
                "{\"indicator\": 4, \"completedToDate\": 86, \"expectedYearEnd\": 91}",
                "{\"indicator\": 5, \"completedToDate\": 91, \"expectedYearEnd\": 92}"};
        if (index >= 0) {
            entries[index] = entry;
        }
        return "{\"indicators\": [" + String.join(", ", entries) + "]}";
    }

    static String onTrack() {
        return report(-1, null);
    }

    @Test
    void checkpointsAreGreenYellowOrRedAndTheCityViewListsWhatIsNotGreen() {
        String token = TestTokens.department("MON-A");
        ProjectSet green = approvedProject("MON-A");
        stubProject("MON-A", green.projectKey(), "45.00", "50.00");
        as(token).body(onTrack()).put(green.path(JUNE)).then().statusCode(200)
                .body("status", equalTo("GREEN")).body("statusLabel", equalTo("绿灯：正常")).body("reasons", empty())
                .body("checkpoint", equalTo(JUNE)).body("targetVersion", equalTo(1)).body("projectKey", equalTo(green.projectKey()))
                .body("money.scope", equalTo("PROJECT")).body("money.adjustedBudget", equalTo(new BigDecimal("1300000.00")))
                .body("money.spent", equalTo(new BigDecimal("585000.00"))).body("money.progress", equalTo(new BigDecimal("45.00")))
                .body("money.timeProgress", equalTo(new BigDecimal("50.00")))
                .body("money.behindTimeProgress", equalTo(new BigDecimal("5.00")))
                .body("indicators", hasSize(6)).body("indicators[0].name", equalTo("系统功能模块上线数"))
                .body("indicators[0].natureLabel", equalTo("≥")).body("indicators[0].targetValue", equalTo(5))
                .body("indicators[0].unit", equalTo("个")).body("indicators[0].expectedYearEnd", equalTo(5))
                .body("indicators[0].status", equalTo("GREEN")).body("recordedBy", equalTo("test-department-MON-A"))
                .body("fetchedAt", notNullValue());

        // spending 15 points behind time progress: YELLOW
        ProjectSet yellow = approvedProject("MON-A");
        stubProject("MON-A", yellow.projectKey(), "35.00", "50.00");
        as(token).body(onTrack()).put(yellow.path(JUNE)).then().statusCode(200).body("status", equalTo("YELLOW"))
                .body("reasons.code", contains("SPENDING_BEHIND"))
                .body("reasons[0].message", equalTo("支出进度 35.00% 落后序时进度 50.00% 15.00 个百分点（超过 10 个百分点：支出进度滞后）"));

        // 群众信访事项网上办理率 expected at 85 of ≥ 90, a cause but no remedy: RED
        ProjectSet red = approvedProject("MON-A");
        stubProject("MON-A", red.projectKey(), "45.00", "50.00");
        as(token).body(report(4, "{\"indicator\": 4, \"completedToDate\": 80, \"expectedYearEnd\": 85, "
                        + "\"cause\": \"部分区级信访系统尚未完成对接\"}")).put(red.path(JUNE)).then().statusCode(200)
                .body("status", equalTo("RED")).body("reasons.code", contains("TARGET_SHORTFALL", "SHORTFALL_WITHOUT_REMEDY"))
                .body("reasons.indicator", contains("indicators[4]", "indicators[4]"))
                .body("reasons[0].message", containsString("全年预计完成值 85 % 未达到指标值 ≥ 90 %（偏离 5.56%）"))
                .body("reasons[1].message", equalTo("「群众信访事项网上办理率」预计未达到指标值，但未提出纠偏措施"))
                .body("indicators[4].shortfall", equalTo(true)).body("indicators[4].shortfallPercent", equalTo(new BigDecimal("5.56")))
                .body("indicators[4].status", equalTo("RED")).body("indicators[0].status", equalTo("GREEN"));

        // another department's red project
        ProjectSet other = approvedProject("MON-B");
        stubProject("MON-B", other.projectKey(), "20.00", "50.00");
        as(TestTokens.department("MON-B")).body(onTrack()).put(other.path(JUNE)).then().statusCode(200)
                .body("status", equalTo("RED")).body("reasons.code", contains("SPENDING_FAR_BEHIND"));

        // the city view: exactly the non-green ones, with their reasons
        given().queryParam("year", 2022).queryParam("checkpoint", JUNE).queryParam("department", "MON-A")
                .get("/api/v1/monitoring").then().statusCode(200).body("total", equalTo(2))
                .body("items.targetSetId", contains((int) yellow.id(), (int) red.id()))
                .body("items.status", contains("YELLOW", "RED")).body("items[1].reasons.code", hasItem("SHORTFALL_WITHOUT_REMEDY"))
                .body("items[0].money.progress", equalTo(new BigDecimal("35.00")));
        given().queryParam("checkpoint", JUNE).get("/api/v1/monitoring").then().statusCode(200)
                .body("items.targetSetId", hasItem((int) other.id())).body("items.targetSetId", not(hasItem((int) green.id())));
        given().queryParam("checkpoint", JUNE).queryParam("status", "GREEN").queryParam("department", "MON-A")
                .get("/api/v1/monitoring").then().statusCode(200).body("items.targetSetId", contains((int) green.id()));
        // a department sees its own only
        as(token).queryParam("checkpoint", JUNE).queryParam("size", 1000).get("/api/v1/monitoring").then().statusCode(200)
                .body("items.department", everyItem(equalTo("MON-A"))).body("items.targetSetId", not(hasItem((int) other.id())));
        as(token).queryParam("department", "MON-B").get("/api/v1/monitoring").then().statusCode(200).body("total", equalTo(0));

        // each department's overall status: the worst of its sets
        given().queryParam("checkpoint", JUNE).queryParam("department", "MON-A").get("/api/v1/monitoring/departments")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].status", equalTo("RED"))
                .body("items[0].sets", equalTo(3)).body("items[0].green", equalTo(1)).body("items[0].yellow", equalTo(1))
                .body("items[0].red", equalTo(1));
        as(token).queryParam("checkpoint", JUNE).get("/api/v1/monitoring/departments").then().statusCode(200)
                .body("items.department", contains("MON-A"));
        given().get("/api/v1/monitoring/departments").then().statusCode(400).body("errors.field", contains("checkpoint"));

        // read back: one set's checkpoints, one checkpoint; another department may not read them
        as(token).get("/api/v1/targets/" + red.id() + "/monitoring").then().statusCode(200).body("checkpoint", contains(JUNE))
                .body("[0].status", equalTo("RED"));
        as(token).get(red.path(JUNE)).then().statusCode(200).body("indicators[4].cause", equalTo("部分区级信访系统尚未完成对接"));
        as(token).get(red.path("2022-08-31")).then().statusCode(404);
        as(TestTokens.department("MON-B")).get(red.path(JUNE)).then().statusCode(403);
        as(TestTokens.department("MON-B")).get("/api/v1/targets/" + red.id() + "/monitoring").then().statusCode(403);

        // recording the checkpoint again replaces it, audited with before and after
        stubProject("MON-A", green.projectKey(), "30.00", "50.00");
        as(token).body(onTrack()).put(green.path(JUNE)).then().statusCode(200).body("status", equalTo("YELLOW"));
        as(token).get("/api/v1/targets/" + green.id() + "/monitoring").then().statusCode(200).body("$", hasSize(1))
                .body("[0].status", equalTo("YELLOW"));
        given().queryParam("entity", "target-monitoring").queryParam("entityId", green.id() + "/" + JUNE).get("/api/v1/audit")
                .then().statusCode(200).body("total", equalTo(2)).body("items.action", contains("replace", "record"))
                .body("items[0].subject", equalTo("test-department-MON-A"))
                .body("items[0].before", containsString("GREEN")).body("items[0].after", containsString("SPENDING_BEHIND"));
    }

    @Test
    void aDepartmentsOverallTargetsAreMonitoredWithItsWholeBudget() {
        String token = TestTokens.department("MON-D");
        long id = as(token).body(TargetApiTest.departmentTargets("MON-D", 2022)).post("/api/v1/targets").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().post("/api/v1/targets/" + id + "/submit").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"decision\": \"APPROVE\", \"grade\": \"GOOD\"}")
                .post("/api/v1/targets/" + id + "/review").then().statusCode(200);
        BudgetServiceMock.server.stubFor(get(urlPathEqualTo("/api/v1/departments/MON-D/budgets/2022/execution"))
                .withQueryParam("asOf", WireMock.equalTo(JUNE)).withQueryParam("scope", WireMock.equalTo("ALL"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"department": "MON-D", "year": 2022, "asOf": "2022-06-30", "scope": "ALL",
                         "total": {"initialBudget": 38343500.00, "adjustedBudget": 38343500.00, "spent": 17254575.00},
                         "lines": [], "monthly": [{"month": 6, "progress": 45.00, "timeProgress": 50.00}],
                         "progress": 45.00, "timeProgress": 50.00, "status": "GREEN", "lastChangedAt": "2022-06-30T10:00:00Z"}""")));
        String body = """
                {"indicators": [
                  {"task": 0, "indicator": 0, "name": "按期答复率", "completedToDate": 96.5, "expectedYearEnd": 96},
                  {"task": 1, "indicator": 0, "completedToDate": 0, "expectedYearEnd": 0},
                  {"task": 1, "indicator": 1, "completedToDate": "安全有序", "expectedYearEnd": "安全有序", "expectedTier": "ACHIEVED"}]}""";
        as(token).body(body).put("/api/v1/targets/" + id + "/monitoring/" + JUNE).then().statusCode(200)
                .body("status", equalTo("GREEN")).body("scope", equalTo("DEPARTMENT")).body("money.scope", equalTo("ALL"))
                .body("money.spent", equalTo(new BigDecimal("17254575.00")))
                .body("indicators.ref", contains("tasks[0].indicators[0]", "tasks[1].indicators[0]", "tasks[1].indicators[1]"))
                .body("indicators[2].taskName", equalTo("维护市人民来访接待厅秩序"))
                .body("indicators[2].expectedTier", equalTo("ACHIEVED"));
        // the qualitative one expected only partly achieved, without a remedy: RED
        as(token).body(body.replace("\"expectedYearEnd\": \"安全有序\", \"expectedTier\": \"ACHIEVED\"",
                        "\"expectedYearEnd\": \"基本有序\", \"expectedTier\": \"PARTIAL\", \"cause\": \"来访量激增\""))
                .put("/api/v1/targets/" + id + "/monitoring/" + JUNE).then().statusCode(200).body("status", equalTo("RED"))
                .body("reasons.code", contains("TARGET_SHORTFALL", "SHORTFALL_WITHOUT_REMEDY"))
                .body("reasons[0].indicator", equalTo("tasks[1].indicators[1]"));
        // a project-style address for a department set
        as(token).body(onTrack()).put("/api/v1/targets/" + id + "/monitoring/" + JUNE).then().statusCode(422)
                .body("errors.field", hasItem("indicators[0].task"));
    }

    @Test
    void refusalsStoreNothing() {
        String token = TestTokens.department("MON-R");
        ProjectSet set = approvedProject("MON-R");
        stubProject("MON-R", set.projectKey(), "45.00", "50.00");

        // "完成" where a number is due
        as(token).body(report(0, "{\"indicator\": 0, \"completedToDate\": 3, \"expectedYearEnd\": \"完成\"}")).put(set.path(JUNE))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("indicators[0].expectedYearEnd"));
        // not a checkpoint, another year's checkpoint, not a date
        as(token).body(onTrack()).put(set.path("2022-07-31")).then().statusCode(422).body("errors.field", contains("checkpoint"))
                .body("errors[0].message", containsString("2022-06-30, 2022-08-31"));
        as(token).body(onTrack()).put(set.path("2021-06-30")).then().statusCode(422).body("errors.field", contains("checkpoint"));
        as(token).body(onTrack()).put(set.path("2022-13-01")).then().statusCode(400).body("errors.field", contains("checkpoint"));
        as(token).get(set.path("+999999999-12-31")).then().statusCode(400).body("errors.field", contains("checkpoint"));
        as(token).queryParam("checkpoint", "+999999999-12-31").get("/api/v1/monitoring").then().statusCode(400);
        // an unknown indicator, a name that is not the indicator's, a cause too long, an unknown tier
        as(token).body(report(5, "{\"indicator\": 6, \"completedToDate\": 1, \"expectedYearEnd\": 1}")).put(set.path(JUNE))
                .then().statusCode(422).body("errors.field", contains("indicators[5].indicator"));
        as(token).body(report(1, "{\"indicator\": 1, \"name\": \"群众满意度\", \"completedToDate\": 1, \"expectedYearEnd\": 99}"))
                .put(set.path(JUNE)).then().statusCode(422).body("errors.field", contains("indicators[1].name"));
        as(token).body(report(1, "{\"indicator\": 1, \"completedToDate\": 1, \"expectedYearEnd\": 99, \"cause\": \"" + "长".repeat(2001)
                + "\"}")).put(set.path(JUNE)).then().statusCode(400).body("errors.field", hasItem(containsString("cause")));
        as(token).body(report(1, "{\"indicator\": 1, \"completedToDate\": 1, \"expectedYearEnd\": 99, \"expectedTier\": \"DONE\"}"))
                .put(set.path(JUNE)).then().statusCode(400);
        // another department, an auditor, a third party: 403
        as(TestTokens.department("MON-B")).body(onTrack()).put(set.path(JUNE)).then().statusCode(403);
        as(TestTokens.auditor()).body(onTrack()).put(set.path(JUNE)).then().statusCode(403);
        as(TestTokens.thirdParty("MON-R")).body(onTrack()).put(set.path(JUNE)).then().statusCode(403);
        // targets not approved yet
        long draft = TargetApiTest.inState("MON-R", "SUBMITTED");
        as(token).body(onTrack()).put("/api/v1/targets/" + draft + "/monitoring/" + JUNE).then().statusCode(409);
        // budget-service has no line of the project, or is down
        ProjectSet unknown = approvedProject("MON-R");
        BudgetServiceMock.server.stubFor(get(urlPathEqualTo("/api/v1/departments/MON-R/budgets/2022/projects/"
                + unknown.projectKey() + "/execution")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\": 404, \"title\": \"Not Found\"}")));
        as(token).body(onTrack()).put(unknown.path(JUNE)).then().statusCode(422).body("errors.field", contains("projectKey"));
        ProjectSet down = approvedProject("MON-R");
        BudgetServiceMock.server.stubFor(get(urlPathEqualTo("/api/v1/departments/MON-R/budgets/2022/projects/"
                + down.projectKey() + "/execution")).willReturn(aResponse().withStatus(503)));
        as(token).body(onTrack()).put(down.path(JUNE)).then().statusCode(503).header("Retry-After", notNullValue());
        // budget-service refusing the caller is the caller's refusal
        ProjectSet refused = approvedProject("MON-R");
        BudgetServiceMock.server.stubFor(get(urlPathEqualTo("/api/v1/departments/MON-R/budgets/2022/projects/"
                + refused.projectKey() + "/execution")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\": 403, \"title\": \"Forbidden\"}")));
        as(token).body(onTrack()).put(refused.path(JUNE)).then().statusCode(403);

        // nothing of it stored, nothing audited as done
        for (long id : new long[] {set.id(), draft, unknown.id(), down.id(), refused.id()}) {
            as(token).get("/api/v1/targets/" + id + "/monitoring").then().statusCode(200).body("$", empty());
        }
        given().queryParam("department", "MON-R").queryParam("status", "GREEN").get("/api/v1/monitoring").then().statusCode(200)
                .body("total", equalTo(0));
        given().queryParam("entity", "target-monitoring").queryParam("outcome", "DONE").queryParam("entityId", set.id() + "/" + JUNE)
                .get("/api/v1/audit").then().statusCode(200).body("total", equalTo(0));
        // and the same report, valid, is then stored
        as(token).body(onTrack()).put(set.path(JUNE)).then().statusCode(200).body("status", equalTo("GREEN"));
    }
}
