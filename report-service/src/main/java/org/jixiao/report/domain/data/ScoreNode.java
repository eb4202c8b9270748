package org.jixiao.report.domain.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/** A scored node; {@code cause} and {@code remedy} (entered with an indicator below full points) are sent only when set. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScoreNode(String code, String name, BigDecimal points, BigDecimal score, String method, List<ScoreNode> children,
        String explanation, String cause, String remedy) {
    public List<ScoreNode> childList() {
        return children == null ? List.of() : children;
    }
}
