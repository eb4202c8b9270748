package org.jixiao.evaluation.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * A performance target's indicator (绩效指标): 一级 level1, 二级 level2, 三级 its own name; 指标性质 nature
 * (GE ≥, LE ≤, EQ =, QUALITATIVE 定性); 指标值 value (a number, or a text when qualitative); 度量单位 unit;
 * weight (分值). The labels are written for readers and ignored when read back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TargetIndicator(TargetLevel1 level1, TargetLevel2 level2, String name, Direction nature, Object value,
                              String unit, BigDecimal weight) {

    @JsonProperty(value = "level1Label", access = JsonProperty.Access.READ_ONLY)
    public String level1Label() {
        return level1 == null ? null : level1.label();
    }

    @JsonProperty(value = "level2Label", access = JsonProperty.Access.READ_ONLY)
    public String level2Label() {
        return level2 == null ? null : level2.label();
    }

    /** ≥, ≤, = or 定性. */
    @JsonProperty(value = "natureLabel", access = JsonProperty.Access.READ_ONLY)
    public String natureLabel() {
        if (nature == null) {
            return null;
        }
        return switch (nature) {
            case GE -> "≥";
            case LE -> "≤";
            case EQ -> "=";
            case QUALITATIVE -> "定性";
        };
    }
}
