package org.jixiao.evaluation.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jixiao.platform.testing.TestTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real published 项目支出绩效自评表 (test resources real-tables/, each with its citation) go through the whole cycle: the
 * targets as declared and approved, the project's money from budget-service, the actuals as printed; every row scores
 * as the rules say, and where the published table differs (whole points, an unexplained deduction) the fixture says
 * how much and why.
 */
@QuarkusTest
@QuarkusTestResource(BudgetServiceMock.class)
class RealTablesTest extends ApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROJECT = "P1";

    @ParameterizedTest
    @ValueSource(strings = {"yongde-2022-nutrition", "langfang-2019-hvac"})
    void aPublishedTableScoresRowByRowAsTheRulesSay(String table) throws IOException {
        JsonNode fixture = read(table);
        String department = "REAL-" + Math.abs(table.hashCode() % 100000);
        int year = fixture.get("year").asInt();
        assertThat(fixture.at("/citation/url").asText()).startsWith("http");
        // the published rows add up to the published total (the transcription is whole)
        int publishedRows = fixture.at("/published/executionRateScore").asInt();
        for (JsonNode row : fixture.get("indicators")) {
            publishedRows += row.get("published").asInt();
        }
        assertThat(publishedRows).isEqualTo(fixture.at("/published/total").asInt());

        stubProject(department, year, fixture.get("money"));
        long targets = approveTargets(department, year, fixture);
        long evaluation = given().contentType(ContentType.JSON).body(Map.of("framework", "PROJECT-TARGETS",
                        "department", department, "year", year, "kind", "SELF", "projectKey", PROJECT))
                .post("/api/v1/evaluations").then().statusCode(201).extract().jsonPath().getLong("id");
        JsonPath opened = given().get("/api/v1/evaluations/" + evaluation).then().statusCode(200).extract().jsonPath();
        assertThat(opened.getLong("targetSetId")).isEqualTo(targets);
        List<String> codes = opened.getList("indicators.code");
        assertThat(codes).hasSize(fixture.get("indicators").size());

        for (int i = 0; i < codes.size(); i++) {
            JsonNode row = fixture.get("indicators").get(i);
            ObjectNode input = JSON.createObjectNode();
            if (row.has("tier")) {
                input.put("tier", row.get("tier").asText()).put("fraction", 1);
            } else {
                input.set("actual", row.get("actual"));
            }
            if (row.has("cause")) {
                input.put("cause", row.get("cause").asText()).put("remedy", row.get("remedy").asText());
            }
            given().contentType(ContentType.JSON).body(input.toString())
                    .put("/api/v1/evaluations/" + evaluation + "/indicators/" + codes.get(i)).then().statusCode(200);
        }

        JsonNode result = JSON.readTree(given().post("/api/v1/evaluations/" + evaluation + "/score").then().statusCode(200)
                .extract().asString());
        assertThat(result.get("total").decimalValue()).isEqualByComparingTo(fixture.at("/engine/total").asText());
        assertThat(result.get("grade").asText()).isEqualTo(fixture.at("/engine/grade").asText());
        assertThat(node(result, "EXEC-RATE").get("score").decimalValue())
                .isEqualByComparingTo(fixture.at("/engine/executionRateScore").asText());
        for (int i = 0; i < codes.size(); i++) {
            JsonNode row = fixture.get("indicators").get(i);
            JsonNode scored = node(result, codes.get(i));
            assertThat(scored.get("name").asText()).isEqualTo(row.get("name").asText());
            assertThat(scored.get("points").decimalValue()).isEqualByComparingTo(row.get("weight").decimalValue());
            assertThat(scored.get("score").decimalValue()).as(row.get("name").asText())
                    .isEqualByComparingTo(row.get("engine").asText());
        }
        assertThat(result.findValues("code").stream().map(JsonNode::asText).filter(c -> c.endsWith("_EXPLANATION")).toList())
                .containsExactlyElementsOf(JSON.convertValue(fixture.get("warnings"), List.class));
        // every point between the published total and the engine's is in a row the fixture's "differences" explains
        assertThat(fixture.get("differences").asText()).isNotBlank();
    }

    private static JsonNode read(String table) throws IOException {
        try (InputStream in = RealTablesTest.class.getResourceAsStream("/real-tables/" + table + ".json")) {
            return JSON.readTree(in);
        }
    }

    private static JsonNode node(JsonNode result, String code) {
        for (JsonNode candidate : result.findParents("code")) {
            if (code.equals(candidate.get("code").asText()) && candidate.has("score")) {
                return candidate;
            }
        }
        throw new AssertionError("no node " + code);
    }

    /** budget-service's answer for the project: one line of the current year's appropriation. */
    private static void stubProject(String department, int year, JsonNode money) {
        ObjectNode body = JSON.createObjectNode().put("department", department).put("year", year).put("projectKey", PROJECT)
                .put("asOf", year + "-12-31").put("lastChangedAt", year + "-12-31T12:00:00Z");
        body.set("total", money);
        ObjectNode source = ((ObjectNode) money.deepCopy()).put("fundingSource", "MUNICIPAL");
        body.putArray("bySource").add(source);
        ObjectNode line = ((ObjectNode) money.deepCopy()).put("lineCode", PROJECT + "-" + year);
        line.putArray("adjustments");
        body.putArray("lines").add(line);
        BudgetServiceMock.server.stubFor(get(urlPathEqualTo("/api/v1/departments/" + department + "/budgets/" + year
                + "/projects/" + PROJECT + "/execution")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(body.toString())));
    }

    private static long approveTargets(String department, int year, JsonNode fixture) {
        ObjectNode body = JSON.createObjectNode().put("department", department).put("year", year).put("scope", "PROJECT")
                .put("projectKey", PROJECT).put("projectName", fixture.get("projectName").asText())
                .put("goal", fixture.get("goal").asText());
        ArrayNode indicators = body.putArray("indicators");
        for (JsonNode row : fixture.get("indicators")) {
            ObjectNode indicator = indicators.addObject();
            for (String field : List.of("level1", "level2", "name", "nature", "value", "unit", "weight")) {
                if (row.has(field)) {
                    indicator.set(field, row.get(field));
                }
            }
        }
        long id = given().header("Authorization", TestTokens.bearer(TestTokens.department(department)))
                .contentType(ContentType.JSON).body(body.toString()).post("/api/v1/targets").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().post("/api/v1/targets/" + id + "/submit").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"decision\": \"APPROVE\", \"grade\": \"GOOD\"}")
                .post("/api/v1/targets/" + id + "/review").then().statusCode(200);
        return id;
    }
}
