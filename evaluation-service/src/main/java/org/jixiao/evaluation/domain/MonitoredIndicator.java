package org.jixiao.evaluation.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * One indicator at a checkpoint: the approved target (三级指标 name, 指标性质 nature, 指标值 targetValue, 度量单位 unit) next to
 * what was reported (completedToDate, expectedYearEnd, expectedTier, cause, remedy), the expected shortfall in percent
 * of the target (null when none or not measurable) and the indicator's own status.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MonitoredIndicator(String ref, Integer task, String taskName, int indicator, TargetLevel1 level1,
                                 TargetLevel2 level2, String name, Direction nature, String natureLabel, Object targetValue,
                                 String unit, Object completedToDate, Object expectedYearEnd, Tier expectedTier, String cause,
                                 String remedy, boolean shortfall, BigDecimal shortfallPercent, MonitoringStatus status) {
}
