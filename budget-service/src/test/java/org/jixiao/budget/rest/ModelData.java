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
import java.util.List;

/**
 * Loads the demo's model department (deploy/local/demo, the files deploy/local/demo.sh posts)
 * through the public API under another code, so tests and demo share one dataset.
 */
final class ModelData {
    static final Path DEMO = Path.of("..", "deploy", "local", "demo");
    static final String MODEL = "GZ-XFJ";
    static final int YEAR = 2021;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelData() {
    }

    static List<ObjectNode> requests(String file) {
        try {
            return Files.readAllLines(DEMO.resolve(file), StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                    .map(l -> {
                        try {
                            return (ObjectNode) JSON.readTree(l);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String paymentsCsv() {
        try {
            return Files.readString(DEMO.resolve("payments").resolve(MODEL + ".csv"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the model department under {@code code} with its lines and adjustments; returns its year's base path. */
    static String loadBudget(String code) {
        ObjectNode department = requests("departments.ndjson").stream()
                .filter(d -> d.get("code").asText().equals(MODEL)).findFirst().orElseThrow();
        department.put("code", code);
        given().contentType(ContentType.JSON).body(department.toString())
                .post("/api/v1/departments").then().statusCode(201);
        String base = "/api/v1/departments/" + code + "/budgets/" + YEAR;
        for (JsonNode line : requests("lines.ndjson")) {
            if (line.get("department").asText().equals(MODEL)) {
                given().contentType(ContentType.JSON).body(line.toString()).post(base + "/lines").then().statusCode(201);
            }
        }
        for (JsonNode adjustment : requests("adjustments.ndjson")) {
            if (adjustment.get("department").asText().equals(MODEL)) {
                given().contentType(ContentType.JSON).body(adjustment.toString())
                        .post(base + "/lines/" + adjustment.get("lineCode").asText() + "/adjustments").then().statusCode(201);
            }
        }
        return base;
    }
}
