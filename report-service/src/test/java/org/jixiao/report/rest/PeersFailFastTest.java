package org.jixiao.report.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A peer that hangs or crawls costs the caller a 503 with Retry-After within about 3–4 s (client/PeerTimings), never
 * the 15 s of three 5 s attempts, and nothing is stored. The stubs are in {@link PeersWireMock}.
 */
@QuarkusTest
@QuarkusTestResource(PeersWireMock.class)
class PeersFailFastTest {
    static final long LIMIT_MS = 5_000;

    @AfterEach
    void closeEveryBreaker() {
        CircuitBreakerMaintenance.get().resetAll();
    }

    /** POST …/versions; the elapsed time is printed (docs and the reliability report quote it). */
    static long timedVersion(String what, long id, int status, String detail) {
        long started = System.nanoTime();
        Response answer = given().contentType(ContentType.JSON).post("/api/v1/reports/" + id + "/versions");
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("[fail-fast] " + what + ": " + answer.statusCode() + " after " + millis + " ms");
        answer.then().statusCode(status).contentType("application/problem+json").header("Retry-After", "30")
                .body("detail", containsString(detail));
        given().get("/api/v1/reports/" + id).then().statusCode(200).body("versions", empty());
        return millis;
    }

    @Test
    void aHangingBudgetServiceEndsTheVersionAtItsFirstRequest() {
        long id = ReportApiTest.createReport("GZ-HANG", 1);
        long millis = timedVersion("budget-service hangs (first of five requests)", id, 503, "budget-service did not answer in time");
        // two attempts of 1.5 s and the pause between them
        assertThat(millis).isBetween(2_900L, LIMIT_MS);
    }

    @Test
    void aHangingEvaluationServiceEndsTheVersionAtItsLastRequest() {
        long id = ReportApiTest.createReport("GZ-XFJ", 504);
        long millis = timedVersion("evaluation-service hangs (fifth request)", id, 503, "evaluation-service");
        assertThat(millis).isBetween(2_900L, LIMIT_MS);
    }

    @Test
    void slowPeersGetFourSecondsForAllFiveRequests() {
        long id = ReportApiTest.createReport("GZ-SLOW", 1);
        long millis = timedVersion("budget-service answers each request after 1.4 s", id, 503, "within 4000 ms");
        assertThat(millis).isBetween(3_900L, LIMIT_MS);
    }
}
