package org.jixiao.report.domain.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

@JsonIgnoreProperties(ignoreUnknown = true)
public record ScoreNode(String code, String name, BigDecimal points, BigDecimal score, String method, List<ScoreNode> children) {
    public List<ScoreNode> childList() {
        return children == null ? List.of() : children;
    }
}
