package org.jixiao.evaluation.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Shared helpers: BigDecimal JSON numbers, fixtures, and the model department's budget from WireMock. */
abstract class ApiTest {
    static {
        RestAssured.config = RestAssured.config()
                .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    static String fixture(String name) {
        try (InputStream in = ApiTest.class.getResourceAsStream("/model/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model department's execution as budget-service answered it for the demo data, under another code. */
    static void stubModelBudget(String department) {
        for (String scope : new String[] {"MUNICIPAL", "ALL"}) {
            BudgetServiceMock.server.stubFor(get(urlPathEqualTo("/api/v1/departments/" + department + "/budgets/2021/execution"))
                    .withQueryParam("scope", equalTo(scope))
                    .willReturn(aResponse().withHeader("Content-Type", "application/json")
                            .withBody(fixture("execution-" + scope.toLowerCase() + ".json").replace("GZ-XFJ", department))));
        }
    }

    static long createEvaluation(String department, String kind) {
        return given().contentType(ContentType.JSON).body("""
                {"framework": "DEPT-OVERALL", "department": "%s", "year": 2021, "kind": "%s"}""".formatted(department, kind))
                .post("/api/v1/evaluations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The model's key tasks and management inputs (43.16 with the model's budget data). */
    static void enterModelInputs(long id) {
        given().contentType(ContentType.JSON).body(fixture("tasks.json")).put("/api/v1/evaluations/" + id + "/tasks")
                .then().statusCode(200);
        var inputs = new com.fasterxml.jackson.databind.ObjectMapper();
        try {
            inputs.readTree(fixture("management-inputs.json")).fields().forEachRemaining(e ->
                    given().contentType(ContentType.JSON).body(e.getValue().toString())
                            .put("/api/v1/evaluations/" + id + "/indicators/" + e.getKey()).then().statusCode(200));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
