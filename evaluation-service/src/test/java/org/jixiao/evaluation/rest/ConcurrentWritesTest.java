package org.jixiao.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.IntStream;
import org.jixiao.platform.testing.Concurrently;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Writes from many clients at once: every client gets the documented answer, never a 409 or a 500, and nothing is lost. */
@QuarkusTest
@QuarkusTestResource(BudgetServiceMock.class)
class ConcurrentWritesTest extends ApiTest {
    private static final int CLIENTS = 24;
    /** The TIERED indicators of DEPT-OVERALL. */
    private static final List<String> TIERED = List.of("SYSTEMS", "COMPLIANCE", "DISCLOSURE", "ASSET-MANAGEMENT",
            "PERF-TARGETS", "PERF-MONITORING", "SELF-EVALUATION");

    @Inject
    AgroalDataSource dataSource;

    @RepeatedTest(3)
    void theFirstInputOfAnIndicatorFromManyClientsAtOnceIsStoredOnceAndEveryClientGets200() throws SQLException {
        long id = createEvaluation("RACE-INPUT", "SELF");
        List<Integer> statuses = Concurrently.run(CLIENTS, i -> given().contentType(ContentType.JSON)
                .body("{\"tier\": \"ACHIEVED\", \"fraction\": 0.%02d}".formatted(i))
                .put("/api/v1/evaluations/" + id + "/indicators/SYSTEMS").statusCode());
        assertThat(statuses).containsOnly(200);
        assertThat(rows("SELECT count(*) FROM indicator_input WHERE evaluation_id = ? AND code = 'SYSTEMS'", id)).isEqualTo(1);
        BigDecimal stored = given().get("/api/v1/evaluations/" + id).then().statusCode(200).extract().jsonPath()
                .getObject("inputs.SYSTEMS.fraction", BigDecimal.class);
        assertThat(IntStream.range(0, CLIENTS).mapToObj(i -> new BigDecimal("0.%02d".formatted(i))))
                .as("the stored input is one of those sent").anyMatch(sent -> sent.compareTo(stored) == 0);
    }

    @RepeatedTest(3)
    void keyTasksEnteredWhileInputsAreEnteredAreKept() {
        long id = createEvaluation("RACE-TASKS", "SELF");
        String tasks = demo("tasks.json");
        // one client puts the key tasks while the others enter inputs: no input undoes the tasks
        List<Integer> statuses = Concurrently.run(CLIENTS, i -> i == CLIENTS / 2
                ? given().contentType(ContentType.JSON).body(tasks).put("/api/v1/evaluations/" + id + "/tasks").statusCode()
                : given().contentType(ContentType.JSON).body("{\"tier\": \"ACHIEVED\", \"fraction\": 1}")
                        .put("/api/v1/evaluations/" + id + "/indicators/" + TIERED.get(i % TIERED.size())).statusCode());
        assertThat(statuses).containsOnly(200);
        JsonPath evaluation = given().get("/api/v1/evaluations/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(evaluation.getList("tasks.name")).as("the key tasks").hasSize(3);
        assertThat(evaluation.getMap("inputs").keySet()).containsExactlyInAnyOrderElementsOf(TIERED);
    }

    @Test
    void aNewFrameworkPostedByManyClientsAtOnceGetsDistinctVersions() {
        List<Response> answers = Concurrently.run(CLIENTS, i -> given().contentType(ContentType.JSON).body("""
                {"code": "RACE-FW", "name": "并发框架", "points": 10, "method": "TIERED"}""")
                .post("/api/v1/frameworks").then().extract().response());
        assertThat(answers).extracting(Response::statusCode).containsOnly(201);
        assertThat(answers.stream().map(a -> a.jsonPath().getInt("version")).sorted().toList())
                .isEqualTo(IntStream.rangeClosed(1, CLIENTS).boxed().toList());
        assertThat(given().get("/api/v1/frameworks/RACE-FW").then().statusCode(200).extract().jsonPath().getInt("version"))
                .isEqualTo(CLIENTS);
    }

    private long rows(String sql, long id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
