package org.jixiao.report.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Parameters of the consistency rules.
 *
 * @param lowExecutionThreshold an execution rate (percent) below this needs an explanation (default 90)
 * @param tolerancePerPart tolerance per summed part when rounded 万元 figures are reconciled (default 0.01)
 * @param gradeBands grade bands, highest first
 */
public record RuleSettings(BigDecimal lowExecutionThreshold, BigDecimal tolerancePerPart, List<GradeBand> gradeBands) {
    public static RuleSettings defaults() {
        return new RuleSettings(BigDecimal.valueOf(90), new BigDecimal("0.01"),
                GradeBand.parse("90:EXCELLENT:优,80:GOOD:良,60:FAIR:中,0:POOR:差"));
    }
}
