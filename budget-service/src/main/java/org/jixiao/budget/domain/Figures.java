package org.jixiao.budget.domain;

import java.math.BigDecimal;

/**
 * Budget execution figures of a line, a category, a funding source or a whole department.
 *
 * @param rate percent, 2 decimals; null for a zero budget, with {@code rateNote} saying why
 * @param overBudget spending above the adjusted budget: accepted, flagged
 */
public record Figures(BigDecimal initialBudget, BigDecimal adjustedBudget, BigDecimal spent, BigDecimal unspent,
                      BigDecimal rate, String rateNote, boolean overBudget) {

    private static final String ZERO_BUDGET_NOTE = "预算为零，无法计算执行率 (zero budget: no execution rate)";

    public static final Figures ZERO = of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public static Figures of(BigDecimal initialBudget, BigDecimal adjustedBudget, BigDecimal spent) {
        BigDecimal rate = Percent.of(spent, adjustedBudget);
        return new Figures(initialBudget, adjustedBudget, spent, adjustedBudget.subtract(spent), rate,
                rate == null ? ZERO_BUDGET_NOTE : null, spent.compareTo(adjustedBudget) > 0);
    }

    public Figures plus(Figures other) {
        return of(initialBudget.add(other.initialBudget), adjustedBudget.add(other.adjustedBudget), spent.add(other.spent));
    }
}
