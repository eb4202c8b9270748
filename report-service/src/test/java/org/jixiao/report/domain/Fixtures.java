package org.jixiao.report.domain;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/** The model department (广州市信访局 2021), reconstructed as the peers' JSON (src/test/resources/fixtures). */
public final class Fixtures {
    public static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Fixtures() {
    }

    public static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(String name) {
        try {
            return MAPPER.readTree(text(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode snapshot() {
        return ReportData.snapshot(MAPPER, "GZ-XFJ", 2021, 1, "2021-12-31", "2022-01-25T09:00:00Z",
                Map.of("executionMunicipal", "GET /api/v1/departments/GZ-XFJ/budgets/2021/execution?asOf=2021-12-31&scope=MUNICIPAL"),
                json("department.json"), json("execution-municipal.json"), json("execution-all.json"), json("ranking.json"),
                json("evaluation-result.json"));
    }

    public static ReportData data() {
        return ReportData.from(snapshot(), MAPPER);
    }

    public static Map<SectionKey, String> narrative() {
        Map<SectionKey, String> n = new EnumMap<>(SectionKey.class);
        json("narrative.json").fields().forEachRemaining(e -> n.put(SectionKey.valueOf(e.getKey()), e.getValue().asText()));
        return n;
    }
}
