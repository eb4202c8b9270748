package org.jixiao.report.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jixiao.platform.testing.Contract;
import org.jixiao.platform.testing.Contracts;

/**
 * budget-service and evaluation-service: the model department (GZ-XFJ 2021, evaluation 1) answers exactly the
 * recorded requests of contracts/ with the recorded answers; plus failing departments and evaluations: GZ-DOWN
 * (503 + Retry-After), evaluation 503 (connection reset), evaluation 404; and slow ones: GZ-HANG (its department
 * answers after 10 s), evaluation 504 (its result answers after 10 s), GZ-SLOW (each budget request answers after
 * {@value #SLOW_MS} ms, just within an attempt's 1.5 s).
 */
public class PeersWireMock implements QuarkusTestResourceLifecycleManager {
    static final int HANG_MS = 10_000;
    static final int SLOW_MS = 1_400;
    static WireMockServer server;
    /** The requests of the city board (BoardService), not of a version. */
    static final java.util.Set<String> BOARD_CONTRACTS = java.util.Set.of("departments", "cycle", "cycle-progress");

    /** Every request report-service sends for the model department, as recorded. */
    static List<Contract> modelContracts() {
        return Stream.of("budget-service", "evaluation-service")
                .flatMap(provider -> Contracts.sentBy("report-service", provider).stream()).toList();
    }

    @Override
    public Map<String, String> start() {
        // hanging stubs hold a server thread each for 10 s: enough threads for them and the tests that follow
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().containerThreads(64));
        server.start();
        modelContracts().forEach(c -> Contracts.stub(server, c));
        stubFailures();
        String url = "http://localhost:" + server.port();
        return Map.of("quarkus.rest-client.budget-service.url", url, "quarkus.rest-client.evaluation-service.url", url);
    }

    private static void stubFailures() {
        server.stubFor(get(urlPathEqualTo("/api/v1/departments/GZ-DOWN")).willReturn(unavailable()));
        server.stubFor(get(urlPathEqualTo("/api/v1/departments/GZ-DOWN/budgets/2021/execution")).willReturn(unavailable()));
        server.stubFor(get(urlPathEqualTo("/api/v1/evaluations/503/result")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        server.stubFor(get(urlPathEqualTo("/api/v1/evaluations/404/result")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"https://jixiao.org/problems/not-found\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"no result\"}")));
        server.stubFor(get(urlPathEqualTo("/api/v1/departments/GZ-HANG")).willReturn(json("{}").withFixedDelay(HANG_MS)));
        server.stubFor(get(urlPathEqualTo("/api/v1/evaluations/504/result")).willReturn(json("{}").withFixedDelay(HANG_MS)));
        server.stubFor(get(urlPathEqualTo("/api/v1/departments/GZ-SLOW")).willReturn(aResponse().withStatus(404).withFixedDelay(SLOW_MS)));
        server.stubFor(get(urlPathEqualTo("/api/v1/departments/GZ-SLOW/budgets/2021/execution")).willReturn(json("{}").withFixedDelay(SLOW_MS)));
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static ResponseDefinitionBuilder unavailable() {
        return aResponse().withStatus(503).withHeader("Retry-After", "7").withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503}");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
