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
 * @param adjustments by scope ("MUNICIPAL", "ALL"): the initial budget and the adjustments made to it
 * @param rank the department's place in the city ranking, when a RANKING node needs it
 */
public record BudgetFacts(Map<String, Amounts> figures, Map<String, Amounts> lines, List<Month> monthly,
                          Map<String, Adjustments> adjustments, Rank rank) {

    public BudgetFacts(Map<String, Amounts> figures, Map<String, Amounts> lines, List<Month> monthly) {
        this(figures, lines, monthly, Map.of(), null);
    }

    public BudgetFacts(Map<String, Amounts> figures, Map<String, Amounts> lines, List<Month> monthly,
                       Map<String, Adjustments> adjustments) {
        this(figures, lines, monthly, adjustments, null);
    }

    /** The department's place in the city's spending-progress ranking (第 position 名 of ranked departments). */
    public record Rank(int position, int ranked, String asOf) {
    }

    public BudgetFacts withRank(Rank rank) {
        return new BudgetFacts(figures, lines, monthly, adjustments, rank);
    }

    /**
     * 预算调整: the initial budget (年初预算数) and the sum of the adjustments' absolute amounts (追加 and 调减 both
     * count: 预算调整数 is every change made to the budget in the year).
     */
    public record Adjustments(BigDecimal initialBudget, BigDecimal adjusted) {
        /** adjusted ÷ initial budget as a fraction (unrounded), or null for a zero budget. */
        public BigDecimal rate() {
            if (initialBudget == null || initialBudget.signum() <= 0) {
                return null;
            }
            return adjusted.divide(initialBudget, 12, RoundingMode.HALF_UP);
        }
    }

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
