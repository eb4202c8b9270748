package org.jixiao.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jixiao.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Rectification (整改, docs/workflow.md): items opened from an evaluation's shortfalls once, the moves and refusals of
 * their progress, OVERDUE after the deadline, who may do what, and the previous year's items on an evaluation.
 */
@QuarkusTest
@QuarkusTestResource(BudgetServiceMock.class)
class RectificationApiTest extends ApiTest {
    private static final String OWN = "RECT-A";
    private static final String OTHER = "RECT-B";
    /** A year whose deadlines still lie ahead (the city's today is in it or before them). */
    private static final int THIS_YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    private static String department(String code) {
        return TestTokens.department(code);
    }

    private long scoredSelfEvaluation() {
        stubModelBudget(OWN);
        long id = TargetApiTest.as(department(OWN)).body("""
                {"framework": "DEPT-OVERALL", "department": "%s", "year": 2021, "kind": "SELF"}""".formatted(OWN))
                .post("/api/v1/evaluations").then().statusCode(201).extract().jsonPath().getLong("id");
        enterModelInputs(id);
        for (int attempt = 0; attempt < 3 && given().post("/api/v1/evaluations/" + id + "/score").statusCode() != 200; attempt++) {
            closeEveryBreaker();
        }
        given().get("/api/v1/evaluations/" + id + "/result").then().statusCode(200);
        return id;
    }

    private static long openItem(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/rectifications")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String financeItem(int year, String deadline) {
        return """
                {"department": "%s", "year": %d, "source": "FINANCE_REVIEW", "problem": "绩效评价形式比较单一",
                 "measure": "引入第三方评价", "owner": "办公室", "deadline": "%s"}""".formatted(OWN, year, deadline);
    }

    @Test
    void theShortfallsOfAScoredEvaluationBecomeItemsOnce() {
        long evaluation = scoredSelfEvaluation();
        String path = "/api/v1/evaluations/" + evaluation + "/rectifications";
        JsonPath first = TargetApiTest.as(department(OWN)).body("{\"owner\": \"办公室（财务）\", \"deadline\": \"2022-06-30\"}")
                .post(path).then().statusCode(201).extract().jsonPath();
        int created = first.getInt("created");
        assertThat(created).isPositive();
        assertThat(first.getList("items.nodeCode", String.class)).contains("PERF-TARGETS", "SELF-EVALUATION").doesNotHaveDuplicates();
        assertThat(first.getList("items.source", String.class)).containsOnly("SELF_EVALUATION");
        assertThat(first.getList("items.owner", String.class)).containsOnly("办公室（财务）");
        JsonPath targets = new JsonPath(first.prettify()).setRootPath("items.find { it.nodeCode == 'PERF-TARGETS' }");
        assertThat(targets.getString("problem")).startsWith("绩效目标管理：");
        assertThat(targets.getString("measure")).isNotBlank();
        assertThat(targets.getInt("year")).isEqualTo(2021);

        given().contentType(ContentType.JSON).body("{}").post(path).then().statusCode(200)
                .body("created", equalTo(0)).body("existing", equalTo(created)).body("items.size()", equalTo(created));
        long perfTargets = targets.getLong("id");
        given().contentType(ContentType.JSON).body("""
                {"department": "%s", "year": 2021, "source": "SELF_EVALUATION", "evaluationId": %d, "nodeCode": "PERF-TARGETS",
                 "problem": "again"}""".formatted(OWN, evaluation)).post("/api/v1/rectifications")
                .then().statusCode(409).contentType("application/problem+json").body("existingId", equalTo((int) perfTargets));

        TargetApiTest.as(department(OTHER)).body("{}").post(path).then().statusCode(403);
        TargetApiTest.as(TestTokens.auditor()).body("{}").post(path).then().statusCode(403);
        TargetApiTest.as(department(OWN)).body("{\"deadline\": \"2019-01-01\"}").post(path).then().statusCode(422)
                .body("errors.field", hasItem("deadline"));
        long unscored = createEvaluation(OWN, "SELF");
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/evaluations/" + unscored + "/rectifications")
                .then().statusCode(422).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/evaluations/999999/rectifications").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/evaluations/x/rectifications").then().statusCode(400);
    }

    @Test
    void progressMovesForwardOnlyAndDoneNeedsEvidence() {
        long id = openItem(financeItem(THIS_YEAR, THIS_YEAR + 1 + "-06-30"));
        String progress = "/api/v1/rectifications/" + id + "/progress";
        given().get("/api/v1/rectifications/" + id).then().statusCode(200).body("status", equalTo("OPEN"))
                .body("statusLabel", equalTo("未开始")).body("createdBy", notNullValue());

        TargetApiTest.as(department(OWN)).body("{\"status\": \"DONE\"}").post(progress).then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("evidence"));
        given().contentType(ContentType.JSON).body("{\"status\": \"OVERDUE\"}").post(progress).then().statusCode(422);
        TargetApiTest.as(department(OWN)).body("{\"status\": \"IN_PROGRESS\", \"evidence\": \"已起草办法\"}").post(progress)
                .then().statusCode(200).body("status", equalTo("IN_PROGRESS")).body("evidence", equalTo("已起草办法"));
        given().contentType(ContentType.JSON).body("{\"status\": \"IN_PROGRESS\"}").post(progress).then().statusCode(409)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"status\": \"OPEN\"}").post(progress).then().statusCode(409);
        given().contentType(ContentType.JSON).body("{\"status\": \"SOON\"}").post(progress).then().statusCode(400);

        // the department reports progress on finance's item, but its measure, owner and deadline are finance's
        TargetApiTest.as(department(OWN)).body("{\"measure\": \"不整改\"}").put("/api/v1/rectifications/" + id).then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"measure\": \"引入第三方评价并公开\", \"owner\": \"办公室\", \"deadline\": \""
                + THIS_YEAR + "-12-31\"}").put("/api/v1/rectifications/" + id).then().statusCode(200)
                .body("measure", equalTo("引入第三方评价并公开"));
        given().contentType(ContentType.JSON).body("{\"deadline\": \"" + (THIS_YEAR - 1) + "-12-31\"}")
                .put("/api/v1/rectifications/" + id).then().statusCode(422).body("errors.field", hasItem("deadline"));

        TargetApiTest.as(department(OWN)).body("{\"status\": \"DONE\", \"evidence\": \"已委托第三方评价；佐证：合同2022-17号\"}")
                .post(progress).then().statusCode(200).body("status", equalTo("DONE")).body("doneAt", notNullValue());
        given().contentType(ContentType.JSON).body("{\"status\": \"DONE\", \"evidence\": \"again\"}").post(progress).then().statusCode(409);
        given().contentType(ContentType.JSON).body("{\"measure\": \"x\"}").put("/api/v1/rectifications/" + id).then().statusCode(409);

        // the department's refused PUT is in the trail too
        List<String> actions = given().get("/api/v1/audit?entity=rectification&entityId=" + id).then().statusCode(200)
                .extract().jsonPath().getList("items.action", String.class);
        assertThat(actions).containsExactly("progress", "update", "refused", "progress", "create");
    }

    @Test
    void anItemNotDoneByItsDeadlineIsOverdue() {
        long overdue = openItem(financeItem(2021, "2021-12-31"));
        long open = openItem(financeItem(THIS_YEAR, THIS_YEAR + 1 + "-06-30"));
        given().get("/api/v1/rectifications/" + overdue).then().statusCode(200).body("status", equalTo("OVERDUE"))
                .body("statusLabel", equalTo("逾期未完成"));
        given().get("/api/v1/rectifications?department=" + OWN + "&status=OVERDUE&size=1000").then().statusCode(200)
                .body("items.id", hasItem((int) overdue)).body("items.id", not(hasItem((int) open)))
                .body("items.status", everyItem(equalTo("OVERDUE")));
        given().get("/api/v1/rectifications?department=" + OWN + "&status=OPEN&size=1000").then().statusCode(200)
                .body("items.id", hasItem((int) open)).body("items.id", not(hasItem((int) overdue)));
        given().get("/api/v1/rectifications?status=LATE").then().statusCode(400).body("errors.field", hasItem("status"));
        given().get("/api/v1/rectifications?year=19").then().statusCode(400);
    }

    @Test
    void eachRoleDoesWhatItMay() {
        long item = openItem(financeItem(THIS_YEAR, THIS_YEAR + 1 + "-06-30"));
        String path = "/api/v1/rectifications/" + item;
        // a department opens items of its own self-evaluation only
        TargetApiTest.as(department(OWN)).body(financeItem(2021, "2022-06-30")).post("/api/v1/rectifications").then().statusCode(403);
        TargetApiTest.as(department(OWN)).body("""
                {"department": "%s", "year": 2021, "source": "SELF_EVALUATION", "problem": "资产管理制度未及时修订"}""".formatted(OWN))
                .post("/api/v1/rectifications").then().statusCode(201).body("status", equalTo("OPEN"));
        TargetApiTest.as(department(OTHER)).body("""
                {"department": "%s", "year": 2021, "source": "SELF_EVALUATION", "problem": "x"}""".formatted(OWN))
                .post("/api/v1/rectifications").then().statusCode(403);
        // another department: 403 for the item, nothing of it in its list
        TargetApiTest.as(department(OTHER)).get(path).then().statusCode(403).contentType("application/problem+json");
        TargetApiTest.as(department(OTHER)).body("{\"status\": \"IN_PROGRESS\"}").post(path + "/progress").then().statusCode(403);
        TargetApiTest.as(department(OTHER)).get("/api/v1/rectifications?size=1000").then().statusCode(200)
                .body("items.department", not(hasItem(OWN)));
        TargetApiTest.as(department(OWN)).get("/api/v1/rectifications?size=1000").then().statusCode(200)
                .body("items.department", everyItem(equalTo(OWN))).body("items.id", hasItem((int) item));
        // an auditor reads, never writes
        TargetApiTest.as(TestTokens.auditor()).get(path).then().statusCode(200);
        TargetApiTest.as(TestTokens.auditor()).body("{\"status\": \"IN_PROGRESS\"}").post(path + "/progress").then().statusCode(403);
        TargetApiTest.as(TestTokens.auditor()).body("{\"measure\": \"x\"}").put(path).then().statusCode(403);
        TargetApiTest.as(TestTokens.auditor()).body(financeItem(2021, "2022-06-30")).post("/api/v1/rectifications").then().statusCode(403);
        given().get("/api/v1/rectifications/999999").then().statusCode(404);
        given().get("/api/v1/rectifications/0").then().statusCode(400);
    }

    @Test
    void aReportFindingNamesItsReportVersionAndRule() {
        String finding = """
                {"department": "%s", "year": 2021, "source": "REPORT_FINDING", "reportId": 7, "reportVersion": 2,
                 "ruleId": "LINE-NO-SPENDING", "problem": "预算项目“%s”有预算无支出", "deadline": "2022-06-30"}""";
        long first = openItem(finding.formatted(OWN, "课题研究"));
        openItem(finding.formatted(OWN, "宣传培训"));
        given().contentType(ContentType.JSON).body(finding.formatted(OWN, "课题研究")).post("/api/v1/rectifications")
                .then().statusCode(409).body("existingId", equalTo((int) first));
        given().contentType(ContentType.JSON).body("""
                {"department": "%s", "year": 2021, "source": "REPORT_FINDING", "problem": "x"}""".formatted(OWN))
                .post("/api/v1/rectifications").then().statusCode(422).body("errors.field", hasItem("reportId"));
    }

    @Test
    void theNextYearsEvaluationShowsTheItemsOfTheYearBefore() {
        long done = openItem(financeItem(2021, "2022-06-30"));
        given().contentType(ContentType.JSON).body("{\"status\": \"DONE\", \"evidence\": \"已引入第三方评价\"}")
                .post("/api/v1/rectifications/" + done + "/progress").then().statusCode(200);
        long next = given().contentType(ContentType.JSON).body("""
                {"framework": "DEPT-OVERALL", "department": "%s", "year": 2022, "kind": "SELF"}""".formatted(OWN))
                .post("/api/v1/evaluations").then().statusCode(201).extract().jsonPath().getLong("id");

        JsonPath view = TargetApiTest.as(department(OWN)).get("/api/v1/evaluations/" + next).then().statusCode(200)
                .body("id", equalTo((int) next)).body("year", equalTo(2022))
                .body("previousYearRectifications.year", equalTo(2021))
                .body("previousYearRectifications.items.department", everyItem(equalTo(OWN)))
                .body("previousYearRectifications.items.problem", hasItem(startsWith("绩效评价形式比较单一")))
                .extract().jsonPath();
        int total = view.getList("previousYearRectifications.items").size();
        int counted = List.of("OPEN", "IN_PROGRESS", "DONE", "OVERDUE").stream()
                .mapToInt(s -> view.getInt("previousYearRectifications.counts." + s)).sum();
        assertThat(counted).isEqualTo(total);
        assertThat(view.getInt("previousYearRectifications.counts.DONE")).isPositive();
        given().get("/api/v1/evaluations?department=" + OWN).then().statusCode(200)
                .body("items[0].previousYearRectifications", equalTo(null));
    }
}
