package org.jixiao.evaluation.domain;

/**
 * What a department reports for one indicator at a checkpoint (绩效运行监控表): which indicator of the approved targets
 * ({@code task} index for a DEPARTMENT set, {@code indicator} index, optionally its {@code name} as a check), 截至目前完成值
 * {@code completedToDate}, 全年预计完成值 {@code expectedYearEnd} (numbers for GE, LE and EQ, texts for QUALITATIVE),
 * for a QUALITATIVE indicator the expected tier, 偏差原因 {@code cause} and 纠偏措施 {@code remedy}.
 */
public record MonitoringEntry(Integer task, Integer indicator, String name, Object completedToDate, Object expectedYearEnd,
                              Tier expectedTier, String cause, String remedy) {
}
