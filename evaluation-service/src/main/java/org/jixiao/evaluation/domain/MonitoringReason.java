package org.jixiao.evaluation.domain;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Why a target set is not GREEN at a checkpoint: a rule's code, the status it gives, the indicator it is about (as the
 * approved targets name it: {@code indicators[2]}, {@code tasks[0].indicators[1]}; none for the money) and a message
 * for people that prints the figures.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MonitoringReason(Code code, MonitoringStatus status, String indicator, String message) {

    /** The rules (docs/monitoring.md, "Rules"). */
    public enum Code {
        /** Spending progress behind time progress by more than the yellow gap (支出进度滞后). */
        SPENDING_BEHIND,
        /** … by more than the red gap (支出进度严重滞后). */
        SPENDING_FAR_BEHIND,
        /** The expected year-end value misses the target (全年预计完成值未达到指标值). */
        TARGET_SHORTFALL,
        /** … by more than the red share of the target, or a qualitative target expected not achieved. */
        TARGET_FAR_SHORTFALL,
        /** An expected shortfall without a remedy (纠偏措施). */
        SHORTFALL_WITHOUT_REMEDY,
        /** An expected shortfall without a cause (偏差原因). */
        SHORTFALL_WITHOUT_CAUSE
    }
}
