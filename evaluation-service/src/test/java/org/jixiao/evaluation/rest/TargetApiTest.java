package org.jixiao.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.platform.testing.AccessMatrix;
import org.jixiao.platform.testing.AccessMatrix.Operation;
import org.jixiao.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Performance targets (docs/scoring.md, "Performance targets"): the lifecycle of a project's and a department's
 * target sets, the rules that refuse bad content (422 naming the field), immutable versions, and who may do what.
 */
@QuarkusTest
class TargetApiTest extends ApiTest {
    private static final AtomicInteger KEYS = new AtomicInteger();

    @Inject
    AgroalDataSource dataSource;

    /** The 信息化建设 project's indicators (illustrative; weights 20+15+15+10+20+10 = 90). */
    static String indicators(String costValue) {
        return """
                [{"level1": "OUTPUT", "level2": "QUANTITY", "name": "系统功能模块上线数", "nature": "GE", "value": 5, "unit": "个", "weight": 20},
                 {"level1": "OUTPUT", "level2": "QUALITY", "name": "系统可用率", "nature": "GE", "value": 99, "unit": "%%", "weight": 15},
                 {"level1": "OUTPUT", "level2": "TIMELINESS", "name": "项目完成时间", "nature": "LE", "value": 12, "unit": "月", "weight": 15},
                 {"level1": "COST", "level2": "ECONOMIC_COST", "name": "项目总成本", "nature": "LE", "value": %s, "unit": "万元", "weight": 10},
                 {"level1": "BENEFIT", "level2": "SOCIAL_BENEFIT", "name": "群众信访事项网上办理率", "nature": "GE", "value": 90, "unit": "%%", "weight": 20},
                 {"level1": "SATISFACTION", "level2": "SERVICE_SATISFACTION", "name": "群众满意度", "nature": "GE", "value": 90, "unit": "%%", "weight": 10}]"""
                .formatted(costValue);
    }

    static String project(String department, String projectKey, String indicators) {
        return """
                {"department": "%s", "year": 2022, "scope": "PROJECT", "projectKey": "%s", "projectName": "信息化建设",
                 "goal": "完成信访信息系统升级改造，提升群众网上信访办理效率", "indicators": %s}""".formatted(department, projectKey, indicators);
    }

    static String departmentTargets(String department, int year) {
        return """
                {"department": "%s", "year": %d, "scope": "DEPARTMENT", "goal": "增强信访治理效能，维护社会和谐稳定",
                 "tasks": [
                  {"name": "有效化解各类信访矛盾", "goal": "增强信访治理效能", "points": 25, "indicators": [
                    {"level1": "OUTPUT", "level2": "QUALITY", "name": "按期答复率", "nature": "GE", "value": 95, "unit": "%%", "weight": 1}]},
                  {"name": "维护市人民来访接待厅秩序", "goal": "确保接访大厅安全有序", "points": 25, "indicators": [
                    {"level1": "OUTPUT", "level2": "QUALITY", "name": "极端恶性事件", "nature": "LE", "value": 0, "unit": "起", "weight": 1},
                    {"level1": "BENEFIT", "level2": "SOCIAL_BENEFIT", "name": "接访秩序", "nature": "QUALITATIVE", "value": "安全有序", "weight": 1}]}]}"""
                .formatted(department, year);
    }

    static String key() {
        return "XXH-" + KEYS.incrementAndGet() + "-" + System.nanoTime() % 1_000_000;
    }

    static RequestSpecification as(String token) {
        return given().header("Authorization", TestTokens.bearer(token)).contentType(ContentType.JSON);
    }

    static long create(String department) {
        return as(TestTokens.department(department)).body(project(department, key(), indicators("130")))
                .post("/api/v1/targets").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long inState(String department, String state) {
        long id = create(department);
        if (!state.equals("DRAFT")) {
            given().post("/api/v1/targets/" + id + "/submit").then().statusCode(200);
        }
        if (state.equals("APPROVED")) {
            given().contentType(ContentType.JSON).body("{\"decision\": \"APPROVE\", \"grade\": \"GOOD\"}")
                    .post("/api/v1/targets/" + id + "/review").then().statusCode(200);
        }
        return id;
    }

    @Test
    void theOpenApiExamplesAreAcceptedAsTheyStand() {
        int n = 0;
        for (String example : List.of(TargetResource.REAL_PROJECT_EXAMPLE, TargetResource.PROJECT_EXAMPLE,
                TargetResource.DEPARTMENT_EXAMPLE)) {
            String department = "TGT-EX" + (++n);
            given().contentType(ContentType.JSON).body(example.replaceFirst("\"department\": \"[^\"]+\"",
                    "\"department\": \"" + department + "\"")).post("/api/v1/targets").then().statusCode(201)
                    .body("status", equalTo("DRAFT"));
        }
    }

    @Test
    void aProjectsTargetsFromDeclarationToAdjustment() throws SQLException {
        String token = TestTokens.department("TGT-A");
        String projectKey = key();
        String location = as(token).body(project("TGT-A", projectKey, indicators("130"))).post("/api/v1/targets")
                .then().statusCode(201).body("status", equalTo("DRAFT")).body("scope", equalTo("PROJECT"))
                .body("projectKey", equalTo(projectKey)).body("indicators", org.hamcrest.Matchers.hasSize(6))
                .body("indicators[0].level1Label", equalTo("产出")).body("indicators[0].level2Label", equalTo("数量"))
                .body("indicators[0].natureLabel", equalTo("≥")).body("indicators[0].value", equalTo(5))
                .extract().header("Location");
        assertThat(location).matches(".*/api/v1/targets/\\d+");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String path = "/api/v1/targets/" + id;
        // the same department, year, scope and project again: 409
        as(token).body(project("TGT-A", projectKey, indicators("130"))).post("/api/v1/targets").then().statusCode(409);

        as(token).post(path + "/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"));
        as(token).post(path + "/submit").then().statusCode(409);
        given().contentType(ContentType.JSON).body("{\"decision\": \"RETURN\"}").post(path + "/review").then().statusCode(422)
                .body("errors.field", contains("comment"));
        given().contentType(ContentType.JSON).body("{\"decision\": \"RETURN\", \"comment\": \"项目总成本与预算金额不符\"}")
                .post(path + "/review").then().statusCode(200).body("status", equalTo("RETURNED"))
                .body("reviewComment", equalTo("项目总成本与预算金额不符"));

        as(token).body("{\"projectName\": \"信息化建设\", \"goal\": \"完成系统升级改造\", \"indicators\": " + indicators("125") + "}")
                .put(path).then().statusCode(200).body("status", equalTo("RETURNED")).body("indicators[3].value", equalTo(125))
                .body("goal", equalTo("完成系统升级改造"));
        as(token).post(path + "/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"));
        // a department never approves, not even its own targets
        as(token).body("{\"decision\": \"APPROVE\", \"grade\": \"EXCELLENT\"}").post(path + "/review").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"decision\": \"APPROVE\"}").post(path + "/review").then().statusCode(422)
                .body("errors.field", contains("grade"));
        given().contentType(ContentType.JSON).body("{\"decision\": \"APPROVE\", \"comment\": \"目标明确\", \"grade\": \"GOOD\"}")
                .post(path + "/review").then().statusCode(200).body("status", equalTo("APPROVED"))
                .body("reviewGrade", equalTo("GOOD")).body("reviewGradeLabel", equalTo("良"))
                .body("currentVersion", equalTo(1)).body("versions.version", contains(1));

        // approved: no edit, no second review, the version row refuses any change
        as(token).body("{\"goal\": \"x\", \"indicators\": " + indicators("1") + "}").put(path).then().statusCode(409);
        given().contentType(ContentType.JSON).body("{\"decision\": \"RETURN\", \"comment\": \"x\"}").post(path + "/review")
                .then().statusCode(409);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE target_version SET reason = 'changed' WHERE target_set_id = " + id))
                    .isInstanceOf(SQLException.class).hasMessageContaining("immutable");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM target_version WHERE target_set_id = " + id))
                    .isInstanceOf(SQLException.class).hasMessageContaining("immutable");
        }

        // an adjustment: version 2, version 1 kept
        as(token).body("{\"documentNo\": \"穗财预〔2022〕88号\", \"effectiveDate\": \"2022-07-15\", \"goal\": \"g\", \"indicators\": "
                + indicators("120") + "}").post(path + "/adjustments").then().statusCode(422).body("errors.field", contains("reason"));
        as(token).body("{\"reason\": \"年中预算调整，项目总成本压减\", \"documentNo\": \"穗财预〔2022〕88号\", \"effectiveDate\": \"2022-07-15\","
                        + " \"goal\": \"完成系统升级改造\", \"indicators\": " + indicators("120") + "}").post(path + "/adjustments")
                .then().statusCode(201).header("Location", endsWith(path + "/versions/2")).body("version", equalTo(2))
                .body("kind", equalTo("ADJUSTMENT")).body("indicators[3].value", equalTo(120)).body("current", equalTo(true));
        as(token).get(path).then().statusCode(200).body("status", equalTo("APPROVED")).body("currentVersion", equalTo(2))
                .body("indicators[3].value", equalTo(120)).body("versions.version", contains(1, 2))
                .body("versions[1].reason", equalTo("年中预算调整，项目总成本压减"))
                .body("versions[1].documentNo", equalTo("穗财预〔2022〕88号")).body("versions[1].effectiveDate", equalTo("2022-07-15"));
        as(token).get(path + "/versions/1").then().statusCode(200).body("kind", equalTo("APPROVAL"))
                .body("indicators[3].value", equalTo(125)).body("reviewGrade", equalTo("GOOD")).body("current", equalTo(false));
        as(token).get(path + "/versions/3").then().statusCode(404);
        // another department may not read it
        as(TestTokens.department("TGT-B")).get(path).then().statusCode(403);
        as(TestTokens.department("TGT-B")).get(path + "/versions/1").then().statusCode(403);
        // every step audited
        given().queryParam("entity", "target-set").queryParam("entityId", String.valueOf(id)).queryParam("size", 100)
                .get("/api/v1/audit").then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.hasItems("create", "submit", "return", "update", "approve", "adjust"));
    }

    @Test
    void aDepartmentsOverallTargetsWithKeyTasks() {
        String token = TestTokens.department("TGT-D");
        int year = 2000 + KEYS.incrementAndGet() % 100;
        long id = as(token).body(departmentTargets("TGT-D", year)).post("/api/v1/targets").then().statusCode(201)
                .body("scope", equalTo("DEPARTMENT")).body("scopeLabel", equalTo("整体绩效目标"))
                .body("tasks.name", contains("有效化解各类信访矛盾", "维护市人民来访接待厅秩序"))
                .body("tasks[1].indicators[1].value", equalTo("安全有序"))
                .body("tasks[1].indicators[1].natureLabel", equalTo("定性"))
                .extract().jsonPath().getLong("id");
        as(token).body(departmentTargets("TGT-D", year)).post("/api/v1/targets").then().statusCode(409);
        as(token).post("/api/v1/targets/" + id + "/submit").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"decision\": \"APPROVE\", \"grade\": \"EXCELLENT\"}")
                .post("/api/v1/targets/" + id + "/review").then().statusCode(200).body("reviewGradeLabel", equalTo("优"));
        as(token).queryParam("year", year).queryParam("scope", "DEPARTMENT").queryParam("status", "APPROVED")
                .get("/api/v1/targets").then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo((int) id));
        as(TestTokens.department("TGT-B")).queryParam("department", "TGT-D").get("/api/v1/targets").then().statusCode(200)
                .body("total", equalTo(0));
        given().queryParam("scope", "NEITHER").get("/api/v1/targets").then().statusCode(400)
                .body("errors.field", contains("scope"));
    }

    @Test
    void badContentIsRefusedNamingTheField() {
        String token = TestTokens.department("TGT-A");
        // weights adding up to 80, not 90
        as(token).body(project("TGT-A", key(), indicators("130").replace("\"weight\": 20}", "\"weight\": 10}")))
                .post("/api/v1/targets").then().statusCode(422).body("errors.field", contains("indicators"));
        // an indicator without a unit
        as(token).body(project("TGT-A", key(), indicators("130").replace(", \"unit\": \"万元\"", "")))
                .post("/api/v1/targets").then().statusCode(422).body("errors.field", contains("indicators[3].unit"));
        // "完成" as the value of a GE indicator
        as(token).body(project("TGT-A", key(), indicators("130").replace("\"value\": 5,", "\"value\": \"完成\",")))
                .post("/api/v1/targets").then().statusCode(422).body("errors.field", contains("indicators[0].value"));
        // level2 not under level1
        as(token).body(project("TGT-A", key(), indicators("130").replace("\"COST\", \"level2\": \"ECONOMIC_COST\"",
                        "\"COST\", \"level2\": \"SOCIAL_BENEFIT\""))).post("/api/v1/targets").then().statusCode(422)
                .body("errors.field", contains("indicators[3].level2"));
        // key task points adding up to 40, not 50; a task indicator without weight
        as(token).body(departmentTargets("TGT-A", 2023).replace("\"points\": 25, \"indicators\": [\n    {\"level1\": \"OUTPUT\", \"level2\": \"QUALITY\", \"name\": \"按期答复率\"",
                        "\"points\": 15, \"indicators\": [\n    {\"level1\": \"OUTPUT\", \"level2\": \"QUALITY\", \"name\": \"按期答复率\"")
                        .replace("\"unit\": \"起\", \"weight\": 1", "\"unit\": \"起\", \"weight\": 0"))
                .post("/api/v1/targets").then().statusCode(422)
                .body("errors.field", contains("tasks[1].indicators[0].weight", "tasks"));
        // an unknown enum, a number for a text: 400 naming the field
        as(token).body(project("TGT-A", key(), indicators("130").replace("\"nature\": \"GE\", \"value\": 5", "\"nature\": \"GT\", \"value\": 5")))
                .post("/api/v1/targets").then().statusCode(400).body("errors.field", hasItem(org.hamcrest.Matchers.containsString("nature")));
        as(token).body(project("TGT-A", key(), indicators("130")).replace("\"projectName\": \"信息化建设\"", "\"projectName\": 5"))
                .post("/api/v1/targets").then().statusCode(400);
        // nothing of it stored
        as(token).queryParam("department", "TGT-A").queryParam("year", 2023).get("/api/v1/targets").then().statusCode(200)
                .body("total", equalTo(0));
        // review of a DRAFT, edit of an APPROVED set: 409
        long draft = inState("TGT-A", "DRAFT");
        given().contentType(ContentType.JSON).body("{\"decision\": \"APPROVE\", \"grade\": \"GOOD\"}")
                .post("/api/v1/targets/" + draft + "/review").then().statusCode(409);
        as(token).body("{\"reason\": \"r\", \"documentNo\": \"d\", \"effectiveDate\": \"2022-07-15\", \"goal\": \"g\", \"indicators\": "
                + indicators("130") + "}").post("/api/v1/targets/" + draft + "/adjustments").then().statusCode(409);
        long approved = inState("TGT-A", "APPROVED");
        as(token).body("{\"goal\": \"g\", \"indicators\": " + indicators("130") + "}").put("/api/v1/targets/" + approved)
                .then().statusCode(409);
    }

    @Test
    void everyRoleAgainstEveryOperation() {
        AccessMatrix.Callers callers = AccessMatrix.Callers.standard("TGT-A", "TGT-B");
        long draft = inState("TGT-A", "DRAFT");
        long approved = inState("TGT-A", "APPROVED");
        String content = "{\"goal\": \"g\", \"indicators\": " + indicators("130") + "}";
        String adjustment = "{\"reason\": \"r\", \"documentNo\": \"d\", \"effectiveDate\": \"2022-07-15\", \"goal\": \"g\", \"indicators\": "
                + indicators("130") + "}";
        String writers = "%s %s 403 403 403 403 403 403";
        List<String> mismatches = new ArrayList<>(new AccessMatrix(dataSource, callers).run(List.of(
                Operation.write("declare", "POST", "/api/v1/targets", n -> project("TGT-A", key(), indicators("130")),
                        writers.formatted(201, 201)),
                Operation.read("list", "/api/v1/targets", AccessMatrix.EVERY_ROLE),
                Operation.read("read", "/api/v1/targets/" + draft, AccessMatrix.READ_OWN),
                Operation.write("edit", "PUT", "/api/v1/targets/" + draft, n -> content, writers.formatted(200, 200)),
                Operation.write("adjust", "POST", "/api/v1/targets/" + approved + "/adjustments", n -> adjustment,
                        writers.formatted(201, 201)),
                Operation.read("version", "/api/v1/targets/" + approved + "/versions/1", AccessMatrix.READ_OWN))));
        // submitting and reviewing change the state: each caller gets a set of its own in the state the step needs
        String[] submit = writers.formatted(200, 200).split(" ");
        String[] review = "200 403 403 403 403 403 403 403".split(" ");
        int i = 0;
        for (Map.Entry<String, String> caller : callers.tokens().entrySet()) {
            AccessMatrix.Callers one = AccessMatrix.Callers.of(caller.getKey(), caller.getValue());
            long toSubmit = inState("TGT-A", "DRAFT");
            long toReview = inState("TGT-A", "SUBMITTED");
            mismatches.addAll(new AccessMatrix(dataSource, one).run(List.of(
                    Operation.write("submit", "POST", "/api/v1/targets/" + toSubmit + "/submit", null, submit[i]),
                    Operation.write("review", "POST", "/api/v1/targets/" + toReview + "/review",
                            n -> "{\"decision\": \"APPROVE\", \"grade\": \"GOOD\"}", review[i]))));
            i++;
        }
        assertThat(mismatches).isEmpty();
        given().header("Authorization", TestTokens.bearer(TestTokens.department("TGT-B"))).queryParam("size", 1000)
                .get("/api/v1/targets").then().statusCode(200).body("items.department", everyItem(equalTo("TGT-B")));
    }
}
