package org.jixiao.evaluation.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A budget-service that hangs, with the production timeouts (no test profile): the caller gets 503 with
 * Retry-After within two attempts of 1.5 s and the pause between them, not 10 s later.
 */
@QuarkusTest
@QuarkusTestResource(BudgetServiceMock.class)
class PeerTimeoutTest extends ApiTest {

    @Test
    void aHangingPeerGives503WithRetryAfterWithinFourSeconds() {
        String path = "/api/v1/departments/HANGING/budgets/2021/execution";
        BudgetServiceMock.server.stubFor(get(urlPathEqualTo(path))
                .willReturn(aResponse().withFixedDelay(10_000).withHeader("Content-Type", "application/json").withBody("{}")));
        long id = createEvaluation("HANGING", "SELF");
        long start = System.nanoTime();
        given().post("/api/v1/evaluations/" + id + "/score").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", equalTo("10"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("[peer] hanging budget-service: 503 after " + millis + " ms");
        assertThat(millis).as("two attempts of 1.5 s and the pause between them").isBetween(2_900L, 4_000L);
        BudgetServiceMock.server.verify(2, getRequestedFor(urlPathEqualTo(path)));
        given().get("/api/v1/evaluations/" + id + "/result").then().statusCode(404);
    }
}
