package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The budget figures scoring needs, taken from budget-service's execution (exact amounts).
 *
 * @param figures by key "MUNICIPAL/TOTAL", "MUNICIPAL/BASIC", "MUNICIPAL/PROJECT", "ALL/TOTAL", ...
 * @param lines by line code (MUNICIPAL and ALL lines alike)
 * @param monthly MUNICIPAL monthly progress and time progress in percent
 */
public record BudgetFacts(Map<String, Amounts> figures, Map<String, Amounts> lines, List<Month> monthly) {

    public record Amounts(BigDecimal adjustedBudget, BigDecimal spent) {
        /** spent ÷ budget as a fraction (unrounded), or null for a zero budget. */
        public BigDecimal rate() {
            if (adjustedBudget == null || adjustedBudget.signum() <= 0) {
                return null;
            }
            return spent.divide(adjustedBudget, 12, RoundingMode.HALF_UP);
        }

        public boolean overBudget() {
            return adjustedBudget != null && spent.compareTo(adjustedBudget) > 0;
        }
    }

    public record Month(int month, BigDecimal progress, BigDecimal timeProgress) {
    }

    public Amounts figure(String scope, String category) {
        return figures.get(scope + "/" + (category == null ? "TOTAL" : category));
    }
}
