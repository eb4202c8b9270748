package org.jixiao.report.domain;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import org.jixiao.platform.testing.Contracts;

/**
 * The model department (广州市信访局 2021): the peers' answers as recorded in the repository's contracts/ folder, and
 * the narrative in src/test/resources/fixtures/narrative.json.
 */
public final class Fixtures {
    public static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Fixtures() {
    }

    /** The recorded answer of {@code contracts/<provider>/<name>.json} (a fresh copy on every call). */
    public static JsonNode answer(String provider, String name) {
        return Contracts.get(provider, name).response().body();
    }

    /** The snapshot a version of the model report stores: every recorded answer, as fetched. */
    public static ObjectNode snapshot() {
        return ReportData.snapshot(MAPPER, "GZ-XFJ", 2021, 1, "2021-12-31", "2022-01-25T09:00:00Z",
                Map.of("executionMunicipal", "GET /api/v1/departments/GZ-XFJ/budgets/2021/execution?asOf=2021-12-31&scope=MUNICIPAL"),
                answer("budget-service", "department"), answer("budget-service", "execution-municipal"),
                answer("budget-service", "execution-all"), answer("budget-service", "ranking"),
                answer("evaluation-service", "score-result"),
                MAPPER.createArrayNode().add(answer("evaluation-service", "project-result")), null);
    }

    /**
     * The model's snapshot with the department's 2020 rectification items as evaluation-service recorded them
     * (contracts/evaluation-service/rectifications.json): what a version fetches when there are any.
     */
    public static ObjectNode snapshotWithRectifications() {
        return ReportData.withRectifications(snapshot(), answer("evaluation-service", "rectifications"));
    }

    /** The budget data changed a day after the evaluation fetched them (the recorded times are when the demo was loaded). */
    public static void changeBudgetAfterScoring(ObjectNode snapshot) {
        Instant fetched = Instant.parse(snapshot.at("/evaluation/budgetSnapshot/fetchedAt").asText());
        ((ObjectNode) snapshot.at("/executionMunicipal")).put("lastChangedAt", fetched.plus(1, ChronoUnit.DAYS).toString());
    }

    public static ReportData data() {
        return ReportData.from(snapshot(), MAPPER);
    }

    /** The model report's narrative, by section key as written. */
    public static JsonNode narrativeJson() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/narrative.json")) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<SectionKey, String> narrative() {
        Map<SectionKey, String> n = new EnumMap<>(SectionKey.class);
        narrativeJson().fields().forEachRemaining(e -> n.put(SectionKey.valueOf(e.getKey()), e.getValue().asText()));
        return n;
    }
}
