package org.jixiao.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {
    @Test
    void keyOrderAndNumberScaleDoNotChangeTheCanonicalText() throws Exception {
        JsonNode a = Fixtures.MAPPER.readTree("{\"b\":36643500.00,\"a\":{\"y\":\"我局\",\"x\":[1,2.50]}}");
        JsonNode b = Fixtures.MAPPER.readTree("{\"a\":{\"x\":[1.0,2.5],\"y\":\"我局\"},\"b\":36643500}");
        assertThat(CanonicalJson.write(a)).isEqualTo(CanonicalJson.write(b)).isEqualTo("{\"a\":{\"x\":[1,2.5],\"y\":\"我局\"},\"b\":36643500}");
    }

    @Test
    void theHashCoversDataNarrativeAndTitleButNotTheFetchTime() {
        ObjectNode s1 = Fixtures.snapshot();
        ObjectNode s2 = Fixtures.snapshot().put("fetchedAt", "2030-01-01T00:00:00Z");
        ObjectNode n = Fixtures.MAPPER.createObjectNode().put("problems", "无");
        String h1 = CanonicalJson.sha256(CanonicalJson.content(s1, n, "t"));
        assertThat(CanonicalJson.sha256(CanonicalJson.content(s2, n, "t"))).isEqualTo(h1).hasSize(64);
        assertThat(CanonicalJson.sha256(CanonicalJson.content(s1, n.deepCopy().put("problems", "有"), "t"))).isNotEqualTo(h1);
        ObjectNode s3 = Fixtures.snapshot();
        ((ObjectNode) s3.at("/executionMunicipal/total")).put("spent", 1);
        assertThat(CanonicalJson.sha256(CanonicalJson.content(s3, n, "t"))).isNotEqualTo(h1);
    }
}
