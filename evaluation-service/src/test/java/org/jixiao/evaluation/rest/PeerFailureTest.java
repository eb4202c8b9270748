package org.jixiao.evaluation.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

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
            return Map.of("org.jixiao.evaluation.client.BudgetGateway$Guarded/call/Timeout/value", "400",
                    "org.jixiao.evaluation.client.BudgetGateway$Guarded/call/Timeout/unit", "MILLIS");
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
    void aFailingPeerGives503AndThenOpensTheCircuit() {
        BudgetServiceMock.server.stubFor(get(urlPathEqualTo("/api/v1/departments/BROKEN/budgets/2021/execution"))
                .willReturn(aResponse().withStatus(500).withBody("boom")));
        long id = createEvaluation("BROKEN", "SELF");
        for (int i = 0; i < 3; i++) {
            given().post("/api/v1/evaluations/" + id + "/score").then().statusCode(503).header("Retry-After", notNullValue());
        }
        // the breaker is open now: even a healthy answer is not asked for
        stubModelBudget("HEALTHY");
        long healthy = createEvaluation("HEALTHY", "SELF");
        int before = BudgetServiceMock.server.getAllServeEvents().size();
        given().post("/api/v1/evaluations/" + healthy + "/score").then().statusCode(503)
                .body("detail", containsString("circuit"));
        org.assertj.core.api.Assertions.assertThat(BudgetServiceMock.server.getAllServeEvents()).hasSize(before);
    }
}
