package org.jixiao.evaluation.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * 绩效指标 of a key task. Quantitative (GE/LE/EQ) by target and actual, qualitative by tier and a
 * fraction inside the tier's band. An indicator not met needs a cause and a remedy.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskIndicator(String name, IndicatorKind kind, Direction direction, BigDecimal target, String unit,
                            BigDecimal actual, Tier tier, BigDecimal fraction, BigDecimal weight, String cause,
                            String remedy, String expected) {

    /** @param expected a qualitative (定性) indicator's 指标值 as text, from the approved targets; else null */
    public TaskIndicator(String name, IndicatorKind kind, Direction direction, BigDecimal target, String unit,
                         BigDecimal actual, Tier tier, BigDecimal fraction, BigDecimal weight, String cause, String remedy) {
        this(name, kind, direction, target, unit, actual, tier, fraction, weight, cause, remedy, null);
    }

    /** This indicator as approved, with what is entered at year end (actual, tier, fraction, cause, remedy) taken from another. */
    public TaskIndicator withResults(TaskIndicator entered) {
        return new TaskIndicator(name, kind, direction, target, unit, entered.actual, entered.tier, entered.fraction, weight,
                entered.cause, entered.remedy, expected);
    }
}
