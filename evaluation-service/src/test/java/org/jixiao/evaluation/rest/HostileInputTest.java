package org.jixiao.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.jixiao.platform.testing.DatabaseFingerprint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the fuzzer cannot reach by mutating one top-level member: nested nulls, free-form params, text and
 * numbers beyond the documented limits, bad path and query parameters. Each is a 4xx naming the field, and
 * changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(BudgetServiceMock.class)
class HostileInputTest extends ApiTest {
    @Inject
    AgroalDataSource dataSource;

    private Supplier<String> fingerprint;
    private long id;

    @BeforeEach
    void anEvaluation() {
        fingerprint = DatabaseFingerprint.of(dataSource);
        id = createEvaluation("HOSTILE-D", "SELF");
    }

    @Test
    void nullKeyTasksAndIndicatorsAreRefusedNamingThem() {
        refused(400, () -> put("/tasks", "[null]")).body("errors.field", contains("[0]"));
        refused(400, () -> put("/tasks", """
                [{"name": "a", "points": 50, "indicators": [null]}]""")).body("errors.field", contains("[0].indicators[0]"));
    }

    @Test
    void textsBeyondTheirLimitsAreRefusedNamingTheField() {
        String longText = "长".repeat(2001);
        refused(400, () -> put("/tasks", """
                [{"name": "a", "points": 50, "indicators": [{"name": "i", "direction": "GE", "target": 1, "actual": 1,
                  "cause": "%s"}]}]""".formatted(longText))).body("errors.field", contains("[0].indicators[0].cause"));
        refused(400, () -> put("/tasks", """
                [{"name": "%s", "points": 50}]""".formatted("n".repeat(201)))).body("errors.field", contains("[0].name"));
        refused(400, () -> put("/indicators/SYSTEMS", """
                {"tier": "ACHIEVED", "cause": "%s"}""".formatted(longText))).body("errors.field", contains("cause"));
        refused(400, () -> post("/api/v1/frameworks", """
                {"code": "LONG-NAME", "name": "%s", "points": 5, "method": "TIERED"}""".formatted("n".repeat(201))))
                .body("errors.field", contains("name"));
        refused(400, () -> post("/api/v1/frameworks", """
                {"code": "LONG-CHILD", "name": "n", "points": 5, "method": "SUM", "children": [
                  {"code": "C", "name": "%s", "points": 5, "method": "TIERED"}]}""".formatted("n".repeat(201))))
                .body("errors.field", contains("children[0].name"));
        refused(400, () -> post("/api/v1/evaluations", """
                {"framework": "DEPT-OVERALL", "department": "a/b", "year": 2021, "kind": "SELF"}"""))
                .body("errors.field", contains("department"));
    }

    @Test
    void numbersBeyondTheirBoundsAreRefusedNamingTheField() {
        refused(400, () -> post("/api/v1/frameworks", """
                {"code": "HUGE", "name": "n", "points": 100000000000000, "method": "MANUAL"}"""))
                .body("errors.field", contains("points"));
        refused(400, () -> put("/indicators/SYSTEMS", """
                {"tier": "ACHIEVED", "actual": 1000000000001}""")).body("errors.field", contains("actual"));
        refused(400, () -> put("/tasks", """
                [{"name": "a", "points": 50, "indicators": [{"name": "i", "direction": "GE", "target": 1, "actual": 1,
                  "weight": 1001}]}]""")).body("errors.field", contains("[0].indicators[0].weight"));
    }

    @Test
    void paramsAreHeldToTheSameStrictnessAsTypedMembers() {
        // JSON numbers without bounds, which could not even be stored (their plain text is 100 million digits)
        refused(400, () -> post("/api/v1/frameworks", """
                {"code": "P-EXP", "name": "n", "points": 5, "method": "DEDUCTION", "params": {"threshold": 1e100000000}}"""))
                .body("errors.field", contains("params.threshold"));
        refused(400, () -> post("/api/v1/frameworks", """
                {"code": "P-BANDS", "name": "n", "points": 5, "method": "SUM", "children": [{"code": "T", "name": "t",
                  "points": 5, "method": "TIERED", "params": {"bands": {"ACHIEVED": [1e-100000000, 1]}}}]}"""))
                .body("errors.field", contains("children[0].params.bands.ACHIEVED[0]"));
        // a key the database cannot store, a text beyond the limit
        refused(400, () -> post("/api/v1/frameworks", """
                {"code": "P-KEY", "name": "n", "points": 5, "method": "TIERED", "params": {"a\\u0000": 1}}"""))
                .body("errors.field", contains("params"));
        refused(400, () -> post("/api/v1/frameworks", """
                {"code": "P-TEXT", "name": "n", "points": 5, "method": "TIERED", "params": {"note": "%s"}}"""
                .formatted("x".repeat(201)))).body("errors.field", contains("params.note"));
        // numbers written as text are the domain's to read: bounded the same way, a 422 naming the param
        refused(422, () -> post("/api/v1/frameworks", """
                {"code": "P-TEXTNUM", "name": "n", "points": 5, "method": "DEDUCTION", "params": {"threshold": "1e100000000"}}"""))
                .body("errors.field", contains("params.threshold"));
    }

    @Test
    void badPathAndQueryParametersAre400NamingThem() {
        for (String bad : new String[] {"abc", "-1", "0", "99999999999999999999"}) {
            given().get("/api/v1/evaluations/" + bad).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("id"));
        }
        given().contentType(ContentType.JSON).body("{\"tier\": \"ACHIEVED\"}")
                .put("/api/v1/evaluations/" + id + "/indicators/" + "x".repeat(65)).then().statusCode(400)
                .body("errors.field", contains("code"));
        given().queryParam("year", "abc").get("/api/v1/evaluations").then().statusCode(400).body("errors.field", contains("year"));
        given().queryParam("page", "2147483648").get("/api/v1/evaluations").then().statusCode(400)
                .body("errors.field", contains("page"));
        given().queryParam("size", "1.5").get("/api/v1/frameworks").then().statusCode(400).body("errors.field", contains("size"));
        given().queryParam("version", "abc").get("/api/v1/frameworks/DEPT-OVERALL").then().statusCode(400)
                .body("errors.field", contains("version"));
        given().queryParam("department", "d".repeat(65)).queryParam("year", 2021).get("/api/v1/evaluations/comparison")
                .then().statusCode(400).body("errors.field", contains("department"));
        given().get("/api/v1/frameworks/" + "%E2%80%AE").then().statusCode(400).body("detail", containsString("code"));
    }

    private ValidatableResponse refused(int status, Supplier<ValidatableResponse> request) {
        String before = fingerprint.get();
        ValidatableResponse answer = request.get().statusCode(status).contentType("application/problem+json");
        assertThat(fingerprint.get()).as("a refused write changes nothing").isEqualTo(before);
        return answer;
    }

    private ValidatableResponse put(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).put("/api/v1/evaluations/" + id + path).then();
    }

    private static ValidatableResponse post(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then();
    }
}
