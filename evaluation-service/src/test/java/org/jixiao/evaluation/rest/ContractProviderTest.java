package org.jixiao.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.jixiao.platform.testing.TestTokens;
import org.jixiao.platform.testing.Contract;
import org.jixiao.platform.testing.Contracts;
import org.junit.jupiter.api.Test;

/**
 * Provider side of the contracts (contracts/evaluation-service/): the model department evaluated as the demo
 * does it, on budget-service's recorded answers; the result report-service reads must still contain what
 * was recorded.
 */
@QuarkusTest
@QuarkusTestResource(BudgetServiceMock.class)
class ContractProviderTest extends ApiTest {

    @Test
    void theScoredModelEvaluationGivesTheRecordedResult() {
        stubModelBudget(MODEL_DEPARTMENT);
        long id = given().contentType(ContentType.JSON).body(demo("evaluation.json")).post("/api/v1/evaluations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        enterModelInputs(id);
        given().post("/api/v1/evaluations/" + id + "/score").then().statusCode(200);

        Contract c = Contracts.get("evaluation-service", "score-result");
        Response answer = given().request(c.request().method(), c.request().uri(Map.of("id", String.valueOf(id))));
        assertThat(Contracts.verifyOrRecord(c, answer.statusCode(), answer.asString())).isEmpty();
    }

    /** The demo's deadlines for 2021 and the model department's progress, as report-service's city board reads them. */
    @Test
    void theYearsDeadlinesAndProgressAsTheCityBoardReadsThem() {
        stubModelBudget(MODEL_DEPARTMENT);
        given().contentType(ContentType.JSON).body(demo("cycle-2021.json")).put("/api/v1/cycles/2021").then().statusCode(200);
        long id = given().contentType(ContentType.JSON).body(demo("evaluation.json")).post("/api/v1/evaluations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        enterModelInputs(id);
        given().post("/api/v1/evaluations/" + id + "/score").then().statusCode(200);
        Contract cycle = Contracts.get("evaluation-service", "cycle");
        Response deadlines = given().request(cycle.request().method(), cycle.request().uri());
        assertThat(Contracts.verifyOrRecord(cycle, deadlines.statusCode(), deadlines.asString())).isEmpty();
        // the recorded answer holds the model department's row; the test database holds other departments of 2021 too
        Contract progress = Contracts.get("evaluation-service", "cycle-progress");
        Response answer = given().request(progress.request().method(), progress.request().uri());
        ObjectNode body = (ObjectNode) Contracts.parse(answer.asString());
        var model = Contracts.parse("[]");
        body.get("departments").forEach(d -> {
            if (MODEL_DEPARTMENT.equals(d.get("department").asText())) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) model).add(d);
            }
        });
        body.set("departments", model);
        assertThat(Contracts.verifyOrRecord(progress, answer.statusCode(), body.toString())).isEmpty();
    }

    /**
     * Project XXH (2019年信息化建设项目) as the demo evaluates it: its approved targets
     * (deploy/local/demo/evaluation/projects/XXH.targets.json), a PROJECT-TARGETS self-evaluation with the demo's
     * actuals, scored on budget-service's recorded project execution. report-service lists the department's project
     * evaluations and reads each one's result.
     */
    @Test
    void theModelProjectEvaluationGivesTheRecordedListAndResult() {
        stubModelBudget(MODEL_DEPARTMENT);
        approveProjectTargets("XXH");
        long id = given().contentType(ContentType.JSON).body("""
                {"framework": "PROJECT-TARGETS", "department": "GZ-XFJ", "year": 2021, "kind": "SELF", "projectKey": "XXH"}""")
                .post("/api/v1/evaluations").then().statusCode(201).extract().jsonPath().getLong("id");
        demo("projects/XXH.actuals.ndjson").lines().filter(l -> !l.isBlank()).map(Contracts::parse).forEach(input -> {
            JsonNode code = ((ObjectNode) input).remove("code");
            given().contentType(ContentType.JSON).body(input.toString())
                    .put("/api/v1/evaluations/" + id + "/indicators/" + code.asText()).then().statusCode(200);
        });
        given().contentType(ContentType.JSON).body(demo("projects/XXH.goal-outcome.json"))
                .put("/api/v1/evaluations/" + id + "/goal-outcome").then().statusCode(200);
        given().post("/api/v1/evaluations/" + id + "/score").then().statusCode(200);

        Contract result = Contracts.get("evaluation-service", "project-result");
        long recordedId = Long.parseLong(result.request().pathParams().get("id"));
        Contract list = Contracts.get("evaluation-service", "project-evaluations");
        Response listed = given().request(list.request().method(), list.request().uri());
        assertThat(Contracts.verifyOrRecord(list, listed.statusCode(), withModelId(listed.asString(), "/items/0", "id", id, recordedId)))
                .isEmpty();
        Response answer = given().request(result.request().method(), result.request().uri(Map.of("id", String.valueOf(id))));
        assertThat(Contracts.verifyOrRecord(result, answer.statusCode(), withModelId(answer.asString(), "", "evaluationId", id, recordedId)))
                .isEmpty();
    }

    /**
     * The model department's rectification items of 2020, as a 2021 report lists them under 上年度绩效评价问题整改情况: two
     * problems the finance bureau found, one put right with its evidence, one still in progress past its deadline
     * (OVERDUE).
     */
    @Test
    void theModelDepartmentsRectificationsOfThePreviousYear() {
        List<Integer> existing = given().get("/api/v1/rectifications?department=GZ-XFJ&year=2020").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
        if (existing.isEmpty()) {
            long done = rectification("绩效管理意识不强：存在“重资金支出，轻绩效管理”的现象", "加强绩效管理宣传培训，将绩效管理纳入处室年度考核",
                    "办公室", "2021-06-30");
            given().contentType(ContentType.JSON).body("""
                    {"status": "DONE", "evidence": "2021年举办绩效管理培训2期，印发《绩效管理工作考核办法》（穗信办〔2021〕8号）"}""")
                    .post("/api/v1/rectifications/" + done + "/progress").then().statusCode(200);
            long late = rectification("绩效目标设置不够合理：绩效指标较注重产出指标，部分项目缺乏服务对象满意度指标",
                    "完善绩效目标设置，增设服务对象满意度指标", "办公室（财务）", "2021-09-30");
            given().contentType(ContentType.JSON).body("{\"status\": \"IN_PROGRESS\", \"evidence\": \"已修订3个项目的绩效目标\"}")
                    .post("/api/v1/rectifications/" + late + "/progress").then().statusCode(200);
        }
        Contract c = Contracts.get("evaluation-service", "rectifications");
        Response answer = given().request(c.request().method(), c.request().uri());
        assertThat(Contracts.verifyOrRecord(c, answer.statusCode(), answer.asString())).isEmpty();
    }

    private static long rectification(String problem, String measure, String owner, String deadline) {
        return given().contentType(ContentType.JSON).body("""
                {"department": "GZ-XFJ", "year": 2020, "source": "FINANCE_REVIEW", "problem": "%s", "measure": "%s",
                 "owner": "%s", "deadline": "%s"}""".formatted(problem, measure, owner, deadline))
                .post("/api/v1/rectifications").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /**
     * The answer with the database's id of the evaluation replaced by the recorded one, so that a recorded list
     * points at the recorded result (the ids are compared by type only).
     */
    private static String withModelId(String body, String at, String member, long id, long recordedId) {
        JsonNode json = Contracts.parse(body);
        JsonNode holder = at.isEmpty() ? json : json.at(at);
        if (holder instanceof ObjectNode o && o.path(member).asLong() == id) {
            o.put(member, recordedId);
        }
        return json.toString();
    }

    /** The demo's approved targets of a project, created unless an earlier test of this run did. */
    private static void approveProjectTargets(String projectKey) {
        List<Integer> existing = given().get("/api/v1/targets?department=GZ-XFJ&year=2021&scope=PROJECT&projectKey=" + projectKey)
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        if (!existing.isEmpty()) {
            return;
        }
        long targets = TargetApiTest.as(TestTokens.department(MODEL_DEPARTMENT)).body(demo("projects/" + projectKey + ".targets.json"))
                .post("/api/v1/targets").then().statusCode(201).extract().jsonPath().getLong("id");
        given().post("/api/v1/targets/" + targets + "/submit").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"decision\": \"APPROVE\", \"grade\": \"GOOD\", \"comment\": \"目标明确\"}")
                .post("/api/v1/targets/" + targets + "/review").then().statusCode(200);
    }
}
