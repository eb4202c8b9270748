package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A budget line as the execution calculation needs it: initial amount and dated adjustments.
 *
 * @param projectKey the project the line belongs to, or null
 */
public record LineBudget(long id, String lineCode, String name, Category category, FundingSource fundingSource,
                         BigDecimal initialAmount, List<Adjustment> adjustments, String projectKey) {

    /** A line of no project. */
    public LineBudget(long id, String lineCode, String name, Category category, FundingSource fundingSource,
                      BigDecimal initialAmount, List<Adjustment> adjustments) {
        this(id, lineCode, name, category, fundingSource, initialAmount, adjustments, null);
    }

    public record Adjustment(BigDecimal amount, LocalDate effectiveDate, String reason, String documentNo) {
    }

    /** 调整后预算数: initial plus the adjustments effective on or before {@code date}. */
    public BigDecimal adjustedAt(LocalDate date) {
        BigDecimal adjusted = initialAmount;
        for (Adjustment adjustment : adjustments) {
            if (!adjustment.effectiveDate().isAfter(date)) {
                adjusted = adjusted.add(adjustment.amount());
            }
        }
        return adjusted;
    }
}
