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
                            String remedy) {
}
