package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Whether next year's initial budget (年初预算数) keeps to the advice: at most last year's initial budget less the cut
 * (核减10%: at most 90 %; 保障: at most 100 %; 取消: 0). 优先保障 sets no ceiling. Without last year's budget nothing
 * is checked.
 */
public final class RecommendationCheck {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RecommendationCheck() {
    }

    /** @param allowedBudget null when there is no ceiling or nothing to compare with; exceeds null then too */
    public record Outcome(BigDecimal previousBudget, BigDecimal budget, BigDecimal allowedBudget, Boolean exceeds) {
    }

    public static Outcome check(BigDecimal cutPercent, BigDecimal previousBudget, BigDecimal budget) {
        if (cutPercent == null || previousBudget == null) {
            return new Outcome(previousBudget, budget, null, null);
        }
        BigDecimal allowed = previousBudget.multiply(HUNDRED.subtract(cutPercent)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        return new Outcome(previousBudget, budget, allowed, budget.compareTo(allowed) > 0);
    }
}
