package org.jixiao.evaluation.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** budget-service failing: timeout, 500, then an open circuit; never a 500 from us, always 503 + Retry-After. */
@QuarkusTest
@QuarkusTestResource(BudgetServiceMock.class)
@TestProfile(PeerFailureTest.ShortTimeouts.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PeerFailureTest extends ApiTest {

    public static class ShortTimeouts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // a wider breaker window than in production (6), so that each failure mode below is seen
            // before the circuit opens (two attempts per call: 1 rejection + 2 timeouts + 2 resets + 2 × 500
            // = 7 attempts), and opens within the last test's calls (10 attempts: its 5th call)
            return Map.of("org.jixiao.evaluation.client.BudgetGateway$Guarded/call/Timeout/value", "400",
                    "org.jixiao.evaluation.client.BudgetGateway$Guarded/call/Timeout/unit", "MILLIS",
                    "org.jixiao.evaluation.client.BudgetGateway$Guarded/call/CircuitBreaker/requestVolumeThreshold", "10");
        }
    }

    @Test
    @Order(1)
    void anUnknownDepartmentIsTheCallersProblemNotThePeers() {
        BudgetServiceMock.server.stubFor(get(urlPathEqualTo("/api/v1/departments/NOBODY/budgets/2021/execution"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404,\"detail\":\"department NOBODY does not exist\"}")));
        long id = createEvaluation("NOBODY", "SELF");
        given().post("/api/v1/evaluations/" + id + "/score").then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("NOBODY"));
    }

    @Test
    @Order(2)
    void aSlowPeerGives503WithRetryAfter() {
        BudgetServiceMock.server.stubFor(get(urlPathEqualTo("/api/v1/departments/SLOW/budgets/2021/execution"))
                .willReturn(aResponse().withFixedDelay(2000).withHeader("Content-Type", "application/json").withBody("{}")));
        long id = createEvaluation("SLOW", "SELF");
        given().post("/api/v1/evaluations/" + id + "/score").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", notNullValue())
                .body("status", equalTo(503));
        given().get("/api/v1/evaluations/" + id + "/result").then().statusCode(404);
    }

    @Test
    @Order(3)
    void aPeerThatDropsTheConnectionGives503() {
        BudgetServiceMock.server.stubFor(get(urlPathEqualTo("/api/v1/departments/DOWN/budgets/2021/execution"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        long id = createEvaluation("DOWN", "SELF");
        given().post("/api/v1/evaluations/" + id + "/score").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", equalTo("10"))
                .body("detail", containsString("unavailable"))
                .body(not(containsString("Exception:")));
    }

    @Test
    @Order(4)
    void aFailingPeerGives503AndThenOpensTheCircuit() {
        BudgetServiceMock.server.stubFor(get(urlPathEqualTo("/api/v1/departments/BROKEN/budgets/2021/execution"))
                .willReturn(aResponse().withStatus(500).withBody("boom")));
        long id = createEvaluation("BROKEN", "SELF");
        given().post("/api/v1/evaluations/" + id + "/score").then().statusCode(503).header("Retry-After", equalTo("10"))
                .contentType("application/problem+json").body("detail", containsString("answered 500"))
                .body(not(containsString("boom")));
        // failures keep coming until the breaker opens
        String detail = "";
        for (int i = 0; i < 6 && !detail.contains("circuit"); i++) {
            detail = given().post("/api/v1/evaluations/" + id + "/score").then().statusCode(503)
                    .header("Retry-After", notNullValue()).extract().jsonPath().getString("detail");
        }
        assertThat(detail).contains("circuit open");
        // the breaker is open now: even a healthy answer is not asked for
        stubModelBudget("HEALTHY");
        long healthy = createEvaluation("HEALTHY", "SELF");
        int before = BudgetServiceMock.server.getAllServeEvents().size();
        given().post("/api/v1/evaluations/" + healthy + "/score").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", equalTo("10"))
                .body("detail", containsString("circuit"));
        assertThat(BudgetServiceMock.server.getAllServeEvents()).hasSize(before);
    }
}
