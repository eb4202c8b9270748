package org.jixiao.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.jixiao.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Year-end evaluations read the approved performance targets: a project's indicators become its evaluation's tree
 * (PROJECT-TARGETS: 预算执行率 10 + its own indicators to 90), a department's key tasks its TASKS; the department enters
 * results only, and an evaluation that needs approved targets without them is refused.
 */
@QuarkusTest
@QuarkusTestResource(BudgetServiceMock.class)
class EvaluationFromTargetsTest extends ApiTest {

    /** 2019年信息化建设项目 (project XXH of the recorded answers, spent in full) declared for 2021 and approved. */
    static long approvedProjectTargets(String department) {
        String body = """
                {"department": "%s", "year": 2021, "scope": "PROJECT", "projectKey": "XXH", "projectName": "2019年信息化建设项目",
                 "goal": "完成信访信息系统升级改造，提升群众网上信访办理效率", "indicators": %s}"""
                .formatted(department, TargetApiTest.indicators("186"));
        long id = TargetApiTest.as(TestTokens.department(department)).body(body).post("/api/v1/targets")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        given().post("/api/v1/targets/" + id + "/submit").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"decision\": \"APPROVE\", \"grade\": \"GOOD\", \"comment\": \"目标明确\"}")
                .post("/api/v1/targets/" + id + "/review").then().statusCode(200);
        return id;
    }

    static JsonPath openProjectEvaluation(String department, int status) {
        return given().contentType(ContentType.JSON).body("""
                {"framework": "PROJECT-TARGETS", "department": "%s", "year": 2021, "kind": "SELF", "projectKey": "XXH"}"""
                .formatted(department)).post("/api/v1/evaluations").then().statusCode(status).extract().jsonPath();
    }

    static void enter(long evaluation, String code, String body, int status) {
        given().contentType(ContentType.JSON).body(body).put("/api/v1/evaluations/" + evaluation + "/indicators/" + code)
                .then().statusCode(status);
    }

    @Test
    void aProjectIsScoredOnItsApprovedIndicatorsAndItsOwnMoney() {
        stubModelBudget("EFT-P");
        long targets = approvedProjectTargets("EFT-P");
        JsonPath created = openProjectEvaluation("EFT-P", 201);
        long id = created.getLong("id");
        // indicators copied from version 1, each with its points (weights 20+15+15+10+20+10 = 90)
        given().get("/api/v1/evaluations/" + id).then().statusCode(200)
                .body("targetSetId", equalTo((int) targets)).body("targetVersion", equalTo(1)).body("projectKey", equalTo("XXH"))
                .body("indicators.code", contains("I1", "I2", "I3", "I4", "I5", "I6"))
                .body("indicators[1].name", equalTo("系统可用率")).body("indicators[1].level2Label", equalTo("质量指标"))
                .body("indicators[1].points.toString()", equalTo("15.00"))
                .body("indicators[3].unit", equalTo("万元"));

        // the target is the approved one: the department enters the actual only
        given().contentType(ContentType.JSON).body("{\"actual\": 5, \"target\": 4}")
                .put("/api/v1/evaluations/" + id + "/indicators/I1").then().statusCode(422)
                .body("errors.field", contains("target")).body("errors[0].message", containsString("指标值 5"));
        // "完成" where the figure is due: 422 naming it, nothing stored
        given().contentType(ContentType.JSON).body("{\"actual\": \"完成\"}")
                .put("/api/v1/evaluations/" + id + "/indicators/I1").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", contains("actual"))
                .body("errors[0].message", containsString("\"完成\""));
        given().get("/api/v1/evaluations/" + id).then().body("inputs.I1", nullValue());
        enter(id, "I1", "{\"actual\": 5}", 200);
        enter(id, "I2", """
                {"actual": 98.5, "cause": "系统升级期间停机维护", "remedy": "升级改在夜间窗口进行"}""", 200);
        enter(id, "I3", "{\"actual\": 11}", 200);
        enter(id, "I4", "{\"actual\": 186}", 200);
        enter(id, "I5", "{\"actual\": 92.4}", 200);
        enter(id, "I6", "{\"actual\": 95}", 200);

        // 实际完成情况 of the 年度总体目标, in the department's words: stored, audited, carried into the result
        given().contentType(ContentType.JSON).body("{\"outcome\": \"  \"}").put("/api/v1/evaluations/" + id + "/goal-outcome")
                .then().statusCode(400).body("errors.field", hasItem(containsString("outcome")));
        given().contentType(ContentType.JSON).body("{\"outcome\": \"%s\"}".formatted("很".repeat(2001)))
                .put("/api/v1/evaluations/" + id + "/goal-outcome").then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"outcome\": \"信访信息系统升级改造完成，5个功能模块上线运行。\"}")
                .put("/api/v1/evaluations/" + id + "/goal-outcome").then().statusCode(200)
                .body("goalOutcome", equalTo("信访信息系统升级改造完成，5个功能模块上线运行。"));
        given().queryParam("entity", "evaluation-goal-outcome").get("/api/v1/audit").then().statusCode(200)
                .body("items.entityId", hasItem(String.valueOf(id)));
        long withoutTargets = ApiTest.createEvaluation("EFT-N", "SELF");
        given().contentType(ContentType.JSON).body("{\"outcome\": \"全部完成\"}")
                .put("/api/v1/evaluations/" + withoutTargets + "/goal-outcome").then().statusCode(422)
                .body("errors.field", contains("outcome"));
        given().get("/api/v1/evaluations/" + withoutTargets).then().body("goalOutcome", nullValue());

        JsonPath result = given().post("/api/v1/evaluations/" + id + "/score").then().statusCode(200).extract().jsonPath();
        assertThat(result.getString("targets.goal")).isEqualTo("完成信访信息系统升级改造，提升群众网上信访办理效率");
        assertThat(result.getString("targets.goalOutcome")).isEqualTo("信访信息系统升级改造完成，5个功能模块上线运行。");
        // 10 × 100% + 20 + 15 × 98.5 ÷ 99 (14.92) + 15 + 10 + 20 + 10
        assertThat(result.getDouble("total")).isEqualTo(99.92);
        assertThat(result.getString("nodes[0].inputs.scope")).isEqualTo("project XXH");
        assertThat(result.getString("nodes[0].explanation")).contains("spent 1860000.00");
        assertThat(result.getList("nodes[1].children.code"))
                .containsExactly("OUTPUT", "COST", "BENEFIT", "SATISFACTION");
        assertThat(result.getList("nodes[1].children[0].children.name"))
                .containsExactly("数量指标", "质量指标", "时效指标");
        assertThat(result.getDouble("nodes[1].children[0].children[1].children[0].score"))
                .isEqualTo(14.92);
        // each leaf carries the row the 自评表 prints and the cause and remedy entered with it
        String leaf = "nodes[1].children[0].children[1].children[0]";
        assertThat(result.getString(leaf + ".indicator.level1Label")).isEqualTo("产出指标");
        assertThat(result.getString(leaf + ".indicator.level2Label")).isEqualTo("质量指标");
        assertThat(result.getString(leaf + ".indicator.natureLabel")).isEqualTo("≥");
        assertThat(result.getString(leaf + ".indicator.unit")).isEqualTo("%");
        assertThat(result.getString(leaf + ".cause")).isEqualTo("系统升级期间停机维护");
        assertThat(result.getString(leaf + ".remedy")).isEqualTo("升级改在夜间窗口进行");
        assertThat(result.getLong("targets.targetSetId")).isEqualTo(targets);
        assertThat(result.getInt("targets.version")).isEqualTo(1);
        assertThat(result.getString("targets.projectName")).isEqualTo("2019年信息化建设项目");
        assertThat(result.getString("budgetSnapshot.projectExecution.projectKey")).isEqualTo("XXH");
        assertThat(result.getList("warnings.code")).isEmpty();

        // a project's evaluation is not the department's: lists tell them apart, the comparison leaves it out
        given().queryParam("department", "EFT-P").queryParam("subject", "DEPARTMENT").get("/api/v1/evaluations").then()
                .statusCode(200).body("total", equalTo(0));
        given().queryParam("department", "EFT-P").queryParam("subject", "PROJECT").queryParam("projectKey", "XXH")
                .get("/api/v1/evaluations").then().statusCode(200).body("total", equalTo(1));
        given().queryParam("subject", "TOWN").get("/api/v1/evaluations").then().statusCode(400)
                .body("errors.field", contains("subject"));
        given().queryParam("department", "EFT-P").queryParam("year", 2021).get("/api/v1/evaluations/comparison").then()
                .statusCode(404);

        // an adjustment makes version 2: this evaluation keeps version 1, a new one reads version 2
        given().contentType(ContentType.JSON).body("""
                {"reason": "年中调整：满意度目标提高", "documentNo": "穗财预〔2021〕88号", "effectiveDate": "2021-07-15",
                 "goal": "完成信访信息系统升级改造", "indicators": %s}""".formatted(TargetApiTest.indicators("180")))
                .post("/api/v1/targets/" + targets + "/adjustments").then().statusCode(201);
        given().get("/api/v1/evaluations/" + id).then().body("targetVersion", equalTo(1))
                .body("indicators[3].value", equalTo(186));
        long second = openProjectEvaluation("EFT-P", 201).getLong("id");
        given().get("/api/v1/evaluations/" + second).then().body("targetVersion", equalTo(2))
                .body("indicators[3].value", equalTo(180));
    }

    @Test
    void aScoreBelowFullPointsWithoutCauseAndRemedyIsWarned() {
        stubModelBudget("EFT-W");
        approvedProjectTargets("EFT-W");
        long id = openProjectEvaluation("EFT-W", 201).getLong("id");
        enter(id, "I1", "{\"actual\": 4}", 200);
        given().post("/api/v1/evaluations/" + id + "/score").then().statusCode(200)
                .body("warnings.code", hasItem("NOT_MET_WITHOUT_EXPLANATION"))
                .body("warnings.find { it.node == 'I1' }.message", containsString("系统功能模块上线数"));
    }

    @Test
    void anEvaluationThatNeedsApprovedTargetsIsRefusedWithoutThem() {
        String department = "EFT-R";
        // no targets declared
        openProjectEvaluation(department, 422).getList("errors.field").contains("projectKey");
        given().contentType(ContentType.JSON).body("""
                {"framework": "PROJECT-TARGETS", "department": "%s", "year": 2021, "kind": "SELF", "projectKey": "XXH"}"""
                .formatted(department)).post("/api/v1/evaluations").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", contains("projectKey"))
                .body("errors[0].message", containsString("no targets were declared"));
        // declared and submitted, not approved
        String body = """
                {"department": "%s", "year": 2021, "scope": "PROJECT", "projectKey": "XXH", "projectName": "信息化建设",
                 "goal": "完成信访信息系统升级改造", "indicators": %s}""".formatted(department, TargetApiTest.indicators("186"));
        long targets = given().contentType(ContentType.JSON).body(body).post("/api/v1/targets").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().post("/api/v1/targets/" + targets + "/submit").then().statusCode(200);
        given().contentType(ContentType.JSON).body("""
                {"framework": "PROJECT-TARGETS", "department": "%s", "year": 2021, "kind": "SELF", "projectKey": "XXH"}"""
                .formatted(department)).post("/api/v1/evaluations").then().statusCode(422)
                .body("errors[0].message", containsString("SUBMITTED"));
        // the framework needs a project
        given().contentType(ContentType.JSON).body("""
                {"framework": "PROJECT-TARGETS", "department": "%s", "year": 2021, "kind": "SELF"}""".formatted(department))
                .post("/api/v1/evaluations").then().statusCode(422).body("errors.field", contains("projectKey"));
        // a line or a project, not both
        given().contentType(ContentType.JSON).body("""
                {"framework": "PROJECT", "department": "%s", "year": 2021, "kind": "SELF", "projectKey": "XXH", "lineCode": "P-2019-XXH"}"""
                .formatted(department)).post("/api/v1/evaluations").then().statusCode(422).body("errors.field", contains("projectKey"));
        // nothing was stored
        given().queryParam("department", department).get("/api/v1/evaluations").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void theModelDepartmentsEvaluationFromItsApprovedTargetsStillScores93_16() {
        String department = "EFT-M";
        stubModelBudget(department);
        long targets = given().contentType(ContentType.JSON).body(demo("targets.json").replace(MODEL_DEPARTMENT, department))
                .post("/api/v1/targets").then().statusCode(201).extract().jsonPath().getLong("id");
        given().post("/api/v1/targets/" + targets + "/submit").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"decision\": \"APPROVE\", \"grade\": \"EXCELLENT\"}")
                .post("/api/v1/targets/" + targets + "/review").then().statusCode(200);
        long id = createEvaluation(department, "SELF");
        // the key tasks come from the targets, with no results yet
        given().get("/api/v1/evaluations/" + id).then().statusCode(200).body("targetSetId", equalTo((int) targets))
                .body("tasks.name", contains("有效化解各类信访矛盾", "信访工作专业化、法治化、信息化建设", "维护市人民来访接待厅秩序"))
                .body("tasks[0].indicators[1].target.toString()", equalTo("95"))
                .body("tasks[0].indicators[1].actual", nullValue())
                .body("tasks[1].indicators[1].expected", equalTo("完成立项建设"))
                .body("tasks[0].outcome", nullValue());

        // a changed target is refused, naming it; nothing stored
        String changed = demo("tasks.json").replaceFirst("\"target\": 95", "\"target\": 90");
        given().contentType(ContentType.JSON).body(changed).put("/api/v1/evaluations/" + id + "/tasks").then().statusCode(422)
                .body("errors.field", contains("tasks[0].indicators[1].target"))
                .body("errors[0].message", containsString("approved performance targets (version 1): 95"));
        given().get("/api/v1/evaluations/" + id).then().body("tasks[0].indicators[1].actual", nullValue());

        String typed = demo("tasks.json").replaceFirst("\"actual\": 99.99", "\"actual\": \"完成\"");
        given().contentType(ContentType.JSON).body(typed).put("/api/v1/evaluations/" + id + "/tasks").then().statusCode(422)
                .body("errors.field", contains("tasks[0].indicators[1].actual"));
        given().get("/api/v1/evaluations/" + id).then().body("tasks[0].indicators[0].actual", nullValue());

        enterModelInputs(id);
        given().get("/api/v1/evaluations/" + id).then().body("tasks[0].indicators[1].actual", notNullValue())
                .body("tasks[1].indicators[1].expected", equalTo("完成立项建设"));
        given().post("/api/v1/evaluations/" + id + "/score").then().statusCode(200)
                .body("total.toString()", equalTo("93.16"))
                .body("targets.scope", equalTo("DEPARTMENT")).body("targets.version", equalTo(1))
                .body("warnings.code", not(hasItem("BELOW_FULL_POINTS_WITHOUT_EXPLANATION")))
                .body("warnings.code", not(hasItem("NOT_MET_WITHOUT_EXPLANATION")));
    }
}
