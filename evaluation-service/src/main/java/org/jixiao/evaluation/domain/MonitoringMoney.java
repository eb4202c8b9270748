package org.jixiao.evaluation.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * The money side of 双监控 at a checkpoint, as budget-service gave it: 年初预算数, 全年预算数 (adjusted), 执行数 (spent) in
 * yuan, spending progress and time progress (序时进度) in percent, and how many percentage points spending is behind
 * time progress (negative: ahead). {@code scope}: PROJECT (the project's lines, every funding source) or ALL (the
 * department's whole budget, every funding source).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MonitoringMoney(String scope, String asOf, BigDecimal initialBudget, BigDecimal adjustedBudget,
                              BigDecimal spent, BigDecimal progress, BigDecimal timeProgress, String budgetStatus) {

    /** Time progress minus spending progress, in percentage points; null when either is unknown (a zero budget). */
    @JsonProperty(value = "behindTimeProgress", access = JsonProperty.Access.READ_ONLY)
    public BigDecimal behindTimeProgress() {
        return progress == null || timeProgress == null ? null : timeProgress.subtract(progress);
    }
}
