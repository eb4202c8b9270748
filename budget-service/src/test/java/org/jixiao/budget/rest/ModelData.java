package org.jixiao.budget.rest;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads the demo's model department (deploy/local/demo) through the public API, as the demo does. */
final class ModelData {
    static final Path DEMO = Path.of("..", "deploy", "local", "demo");

    private ModelData() {
    }

    static JsonNode model() {
        try {
            return new ObjectMapper().readTree(DEMO.resolve("gz-xfj-2021.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String paymentsCsv() {
        try {
            return Files.readString(DEMO.resolve(model().get("paymentsFile").asText()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the department under {@code code}, its lines and adjustments; returns the base path of its year. */
    static String loadBudget(String code) {
        JsonNode model = model();
        ObjectNode department = (ObjectNode) model.get("department").deepCopy();
        department.put("code", code);
        given().contentType(ContentType.JSON).body(department.toString())
                .post("/api/v1/departments").then().statusCode(201);
        String base = "/api/v1/departments/" + code + "/budgets/" + model.get("year").asInt();
        for (JsonNode line : model.get("lines")) {
            given().contentType(ContentType.JSON).body(line.toString()).post(base + "/lines").then().statusCode(201);
        }
        for (JsonNode adjustment : model.get("adjustments")) {
            given().contentType(ContentType.JSON).body(adjustment.toString())
                    .post(base + "/lines/" + adjustment.get("lineCode").asText() + "/adjustments").then().statusCode(201);
        }
        return base;
    }
}
