package org.jixiao.evaluation.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.evaluation.domain.BudgetFacts;

/**
 * What evaluation-service reads of budget-service's execution answer (docs/api.md): amounts in yuan by
 * category and by line, monthly progress in percent, spending and time progress as of the date (monitoring reads
 * them), and when the data last changed.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BudgetExecution(Amounts total, Amounts basic, Amounts project, List<Line> lines, List<Month> monthly,
                              BigDecimal progress, BigDecimal timeProgress, String status, String lastChangedAt) {

    public BudgetExecution {
        lines = lines == null ? List.of() : lines;
        monthly = monthly == null ? List.of() : monthly;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Amounts(BigDecimal initialBudget, BigDecimal adjustedBudget, BigDecimal spent) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(String lineCode, String fundingSource, BigDecimal adjustedBudget, BigDecimal spent,
                       List<Adjustment> adjustments) {
        public Line {
            adjustments = adjustments == null ? List.of() : adjustments;
        }

        /** 财政拨款: this year's appropriation (MUNICIPAL) or last year's carried over (CARRY_OVER). */
        boolean fiscal() {
            return "MUNICIPAL".equals(fundingSource) || "CARRY_OVER".equals(fundingSource);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Adjustment(BigDecimal amount) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Month(int month, BigDecimal progress, BigDecimal timeProgress) {
    }

    public boolean hasLine(String lineCode) {
        return lines.stream().anyMatch(l -> lineCode.equals(l.lineCode()));
    }

    /** The figures scoring needs, from the MUNICIPAL execution and, when it was fetched, the all-funds one. */
    public static BudgetFacts facts(BudgetExecution municipal, BudgetExecution allFunds) {
        Map<String, BudgetFacts.Amounts> figures = new HashMap<>();
        Map<String, BudgetFacts.Amounts> lines = new HashMap<>();
        Map<String, BudgetFacts.Adjustments> adjustments = new HashMap<>();
        municipal.addTo("MUNICIPAL", figures, lines);
        adjustments.put("MUNICIPAL", municipal.adjustments());
        if (allFunds != null) {
            allFunds.addTo("ALL", figures, lines);
            adjustments.put("ALL", allFunds.adjustments());
            figures.put("FISCAL/TOTAL", allFunds.fiscal());
        }
        List<BudgetFacts.Month> monthly = new ArrayList<>();
        municipal.monthly.forEach(m -> monthly.add(new BudgetFacts.Month(m.month(), m.progress(), m.timeProgress())));
        return new BudgetFacts(figures, lines, monthly, adjustments);
    }

    /**
     * 财政拨款 (当年财政拨款 and 上年结转, the lines a 结转结余率 counts under most provinces' rules): their adjusted budget
     * and spending summed; other funds left out.
     */
    private BudgetFacts.Amounts fiscal() {
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal spent = BigDecimal.ZERO;
        for (Line line : lines) {
            if (line.fiscal()) {
                budget = budget.add(line.adjustedBudget() == null ? BigDecimal.ZERO : line.adjustedBudget());
                spent = spent.add(line.spent() == null ? BigDecimal.ZERO : line.spent());
            }
        }
        return amounts(budget, spent);
    }

    /** The initial budget and Σ |adjustment| over the lines (null amounts count as nothing). */
    private BudgetFacts.Adjustments adjustments() {
        return adjustments(total, lines);
    }

    static BudgetFacts.Adjustments adjustments(Amounts total, List<Line> lines) {
        BigDecimal adjusted = lines.stream().flatMap(l -> l.adjustments().stream())
                .map(a -> a.amount() == null ? BigDecimal.ZERO : a.amount().abs()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new BudgetFacts.Adjustments(total == null ? null : total.initialBudget(), adjusted);
    }

    private void addTo(String scope, Map<String, BudgetFacts.Amounts> figures, Map<String, BudgetFacts.Amounts> byLine) {
        figures.put(scope + "/TOTAL", amounts(total));
        figures.put(scope + "/BASIC", amounts(basic));
        figures.put(scope + "/PROJECT", amounts(project));
        lines.forEach(l -> byLine.put(l.lineCode(), amounts(l.adjustedBudget(), l.spent())));
    }

    private static BudgetFacts.Amounts amounts(Amounts amounts) {
        return amounts == null ? amounts(null, null) : amounts(amounts.adjustedBudget(), amounts.spent());
    }

    /** A missing spent counts as nothing spent; a missing budget stays missing (no rate). */
    static BudgetFacts.Amounts amounts(BigDecimal adjustedBudget, BigDecimal spent) {
        return new BudgetFacts.Amounts(adjustedBudget, spent == null ? BigDecimal.ZERO : spent);
    }
}
