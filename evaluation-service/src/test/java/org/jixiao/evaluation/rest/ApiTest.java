package org.jixiao.evaluation.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.platform.testing.Contract;
import org.jixiao.platform.testing.Contracts;
import org.junit.jupiter.api.AfterEach;

/**
 * Shared helpers: BigDecimal JSON numbers, and the model department as everyone else sees it: its budget
 * from budget-service's recorded answers (contracts/budget-service), its key tasks and inputs from the demo
 * (deploy/local/demo/evaluation). Every breaker is closed again after each test, so no test depends on order.
 */
abstract class ApiTest {
    /** The department code in the recorded answers. */
    static final String MODEL_DEPARTMENT = "GZ-XFJ";
    static final Path DEMO_EVALUATION = Path.of("..", "deploy", "local", "demo", "evaluation");

    static {
        RestAssured.config = RestAssured.config()
                .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    @AfterEach
    void closeEveryBreaker() {
        CircuitBreakerMaintenance.get().resetAll();
    }

    /** A test resource of this service (/model/...). */
    static String fixture(String name) {
        try (InputStream in = ApiTest.class.getResourceAsStream("/model/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String demo(String name) {
        try {
            return Files.readString(DEMO_EVALUATION.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The model department as budget-service answers it (execution in both scopes, the 信息化建设 project XXH, the city
     * ranking where it is 6th of 12), under another code.
     */
    static void stubModelBudget(String department) {
        for (Contract c : Contracts.sentBy("evaluation-service", "budget-service")) {
            String path = c.request().resolvedPath().replace(MODEL_DEPARTMENT, department);
            String scope = c.request().query() == null ? null : c.request().query().get("scope");
            // any date (the tests ask at checkpoints too); a project's execution and the ranking by path (and scope)
            MappingBuilder stub = scope == null ? get(urlPathEqualTo(path))
                    : get(urlPathEqualTo(path)).withQueryParam("scope", equalTo(scope));
            BudgetServiceMock.server.stubFor(stub
                    .willReturn(aResponse().withHeader("Content-Type", "application/json")
                            .withBody(c.response().body().toString().replace(MODEL_DEPARTMENT, department))));
        }
    }

    static long createEvaluation(String department, String kind) {
        return given().contentType(ContentType.JSON).body("""
                {"framework": "DEPT-OVERALL", "department": "%s", "year": 2021, "kind": "%s"}""".formatted(department, kind))
                .post("/api/v1/evaluations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The model's key tasks and management inputs, as the demo enters them (43.16 with the model's budget data). */
    static void enterModelInputs(long id) {
        given().contentType(ContentType.JSON).body(demo("tasks.json")).put("/api/v1/evaluations/" + id + "/tasks")
                .then().statusCode(200);
        demo("indicators.ndjson").lines().filter(l -> !l.isBlank()).map(Contracts::parse).forEach(input -> {
            JsonNode code = ((ObjectNode) input).remove("code");
            given().contentType(ContentType.JSON).body(input.toString())
                    .put("/api/v1/evaluations/" + id + "/indicators/" + code.asText()).then().statusCode(200);
        });
    }

}
