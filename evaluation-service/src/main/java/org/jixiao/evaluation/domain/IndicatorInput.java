package org.jixiao.evaluation.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * What an evaluator enters for one indicator: actual/target/direction (TARGET_RATIO), actual
 * (DEDUCTION), tier + fraction (TIERED), or score + justification (MANUAL).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndicatorInput(Direction direction, BigDecimal target, BigDecimal actual, Tier tier, BigDecimal fraction,
                             BigDecimal score, String justification, String cause, String remedy) {
}
