package org.jixiao.budget.domain;

import java.math.BigDecimal;

/**
 * Next year's budget advice for a department as a whole (projectKey null) or one of its projects, from the final
 * grade of the year before (结果应用), as imported.
 *
 * @param cutPercent the least cut against last year's budget: 0 keep, 100 cancel, null (priority) no ceiling
 */
public record Recommendation(String department, String projectKey, String subject, int evaluationYear, String grade,
                             BigDecimal total, BudgetAction action, BigDecimal cutPercent, String wording, String basis,
                             long evaluationId, boolean filed) {
    /** Amounts and percents to 2 decimals, so a replayed import compares equal to what is stored. */
    public Recommendation {
        total = total.setScale(2, java.math.RoundingMode.UNNECESSARY);
        cutPercent = cutPercent == null ? null : cutPercent.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
