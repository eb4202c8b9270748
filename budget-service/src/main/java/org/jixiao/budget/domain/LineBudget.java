package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A budget line as the execution calculation needs it: initial amount and dated adjustments. */
public record LineBudget(long id, String lineCode, String name, Category category, FundingSource fundingSource,
                         BigDecimal initialAmount, List<Adjustment> adjustments) {

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
