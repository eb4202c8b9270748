package org.jixiao.report.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.jixiao.report.domain.Fixtures;

/**
 * budget-service and evaluation-service, stubbed with the model department's data (docs/api.md shapes), plus failing
 * departments and evaluations: GZ-DOWN (503 + Retry-After), evaluation 503 (connection reset), evaluation 404.
 */
public class PeersWireMock implements QuarkusTestResourceLifecycleManager {
    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        stubModel(server);
        String url = "http://localhost:" + server.port();
        return Map.of("quarkus.rest-client.budget-service.url", url, "quarkus.rest-client.evaluation-service.url", url);
    }

    static void stubModel(WireMockServer s) {
        json(s, "/api/v1/departments/GZ-XFJ", null, "department.json");
        json(s, "/api/v1/departments/GZ-XFJ/budgets/2021/execution", "MUNICIPAL", "execution-municipal.json");
        json(s, "/api/v1/departments/GZ-XFJ/budgets/2021/execution", "ALL", "execution-all.json");
        json(s, "/api/v1/budgets/2021/ranking", null, "ranking.json");
        json(s, "/api/v1/evaluations/1/result", null, "evaluation-result.json");

        s.stubFor(get(urlPathEqualTo("/api/v1/departments/GZ-DOWN")).willReturn(aResponse().withStatus(503)
                .withHeader("Retry-After", "7").withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503}")));
        s.stubFor(get(urlPathEqualTo("/api/v1/departments/GZ-DOWN/budgets/2021/execution")).willReturn(aResponse().withStatus(503)
                .withHeader("Retry-After", "7").withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503}")));
        s.stubFor(get(urlPathEqualTo("/api/v1/evaluations/503/result")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        s.stubFor(get(urlPathEqualTo("/api/v1/evaluations/404/result")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"https://jixiao.org/problems/not-found\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"no result\"}")));
    }

    private static void json(WireMockServer s, String path, String scope, String fixture) {
        var request = get(urlPathEqualTo(path));
        if (scope != null) {
            request = request.withQueryParam("scope", equalTo(scope));
        }
        s.stubFor(request.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(Fixtures.text(fixture))));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
