package org.jixiao.evaluation.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * What an evaluator enters for one indicator: actual/target/direction (TARGET_RATIO), actual
 * (DEDUCTION), tier + fraction (TIERED), or score + justification (MANUAL); or that the indicator does not apply
 * (不适用, with the reason as justification).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndicatorInput(Direction direction, BigDecimal target, BigDecimal actual, Tier tier, BigDecimal fraction,
                             BigDecimal score, String justification, String cause, String remedy, Boolean notApplicable) {

    public IndicatorInput(Direction direction, BigDecimal target, BigDecimal actual, Tier tier, BigDecimal fraction,
                          BigDecimal score, String justification, String cause, String remedy) {
        this(direction, target, actual, tier, fraction, score, justification, cause, remedy, null);
    }

    /** 不适用: left out of scoring, its siblings rescaled to the parent's full points. */
    public boolean declaredNotApplicable() {
        return Boolean.TRUE.equals(notApplicable);
    }
}
