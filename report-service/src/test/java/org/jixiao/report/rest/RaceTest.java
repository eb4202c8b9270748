package org.jixiao.report.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jixiao.platform.testing.Concurrently;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Writes from many clients at once: every client gets its answer, and the stored state is the one promised. */
@QuarkusTest
@QuarkusTestResource(PeersWireMock.class)
class RaceTest {
    static final int CLIENTS = 8;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void closeEveryBreaker() {
        CircuitBreakerMaintenance.get().resetAll();
    }

    record Answer(int status, String body) {
        static Answer of(Response r) {
            return new Answer(r.statusCode(), r.asString());
        }
    }

    @Test
    void theFirstWriteOfASectionFromManyClientsStoresOneRow() throws Exception {
        for (int round = 0; round < 5; round++) {
            long id = ReportApiTest.createReport("GZ-XFJ", 1);
            List<Answer> answers = Concurrently.run(3 * CLIENTS, i -> Answer.of(given().contentType(ContentType.JSON)
                    .body(Map.of("text", "第" + i + "稿：支出 {{execution.total.spent}} 万元。"))
                    .put("/api/v1/reports/" + id + "/sections/annualWork")));
            assertThat(answers).as("round " + round).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(200));
            assertThat(rows("select count(*) from report_section where report_id = " + id + " and section_key = 'annualWork'"))
                    .containsExactly("1");
            String stored = rows("select text from report_section where report_id = " + id).get(0);
            assertThat(answers.stream().map(Answer::body)).anyMatch(b -> b.contains(stored));
        }
    }

    @Test
    void publishingFromManyClientsPublishesOnceWithOneTime() throws Exception {
        long id = ReportApiTest.modelReport();
        given().contentType(ContentType.JSON).post("/api/v1/reports/" + id + "/versions").then().statusCode(201);
        List<Response> answers = Concurrently.run(CLIENTS, i -> given().post("/api/v1/reports/" + id + "/versions/1/publish"));
        assertThat(answers).allSatisfy(r -> assertThat(r.statusCode()).as(r.asString()).isEqualTo(200));
        List<String> times = answers.stream().map(r -> r.jsonPath().getString("publishedAt")).distinct().toList();
        assertThat(times).hasSize(1).doesNotContainNull();
        assertThat(answers).allSatisfy(r -> assertThat(r.jsonPath().getString("status")).isEqualTo("PUBLISHED"));
        assertThat(rows("select status || ' ' || count(*) from report_version where report_id = " + id + " group by status"))
                .containsExactly("PUBLISHED 1");
        // and again, later: the same answer
        assertThat(given().post("/api/v1/reports/" + id + "/versions/1/publish").then().statusCode(200)
                .extract().jsonPath().getString("publishedAt")).isEqualTo(times.get(0));
    }

    @Test
    void versionsMadeAtOnceGetDistinctNumbers() throws Exception {
        long id = ReportApiTest.modelReport();
        List<Response> answers = Concurrently.run(CLIENTS, i -> given().contentType(ContentType.JSON)
                .post("/api/v1/reports/" + id + "/versions"));
        assertThat(answers).allSatisfy(r -> assertThat(r.statusCode()).as(r.asString()).isEqualTo(201));
        assertThat(answers.stream().map(r -> r.jsonPath().getInt("version")).sorted().toList())
                .isEqualTo(IntStream.rangeClosed(1, CLIENTS).boxed().toList());
        assertThat(answers.stream().map(r -> r.jsonPath().getString("contentHash")).distinct()).hasSize(1);
        assertThat(rows("select count(distinct version) || '/' || count(*) from report_version where report_id = " + id))
                .containsExactly(CLIENTS + "/" + CLIENTS);
    }

    private List<String> rows(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }
}
