package org.jixiao.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jixiao.evaluation.client.BudgetExecution;
import org.jixiao.platform.problem.FieldError;
import org.junit.jupiter.api.Test;

/**
 * 结转结余率 as most provinces define it counts the fiscal money: this year's appropriation and last year's carry-over
 * (上年结转), not a unit's other funds. Scope FISCAL reads exactly those lines of budget-service's all-funds execution.
 */
class CarryOverTest {
    private static BudgetExecution.Line line(String code, String source, String budget, String spent) {
        return new BudgetExecution.Line(code, source, new BigDecimal(budget), new BigDecimal(spent), List.of());
    }

    private static final BudgetExecution MUNICIPAL = new BudgetExecution(
            new BudgetExecution.Amounts(new BigDecimal("1000"), new BigDecimal("1000"), new BigDecimal("990")), null, null,
            List.of(line("B-1", "MUNICIPAL", "1000", "990")), List.of(), null, null, null, "2021-12-31T00:00:00Z");
    private static final BudgetExecution ALL = new BudgetExecution(
            new BudgetExecution.Amounts(new BigDecimal("1700"), new BigDecimal("1700"), new BigDecimal("1190")), null, null,
            List.of(line("B-1", "MUNICIPAL", "1000", "990"), line("C-2020", "CARRY_OVER", "200", "150"),
                    line("O-1", "OTHER", "500", "50")), List.of(), null, null, null, "2021-12-31T00:00:00Z");

    private static FrameworkNode carryOver(String scope) {
        return new FrameworkNode("CARRY-OVER", "结转结余率", new BigDecimal("5"), Method.DEDUCTION,
                Map.of("source", "CARRY_OVER_RATE", "threshold", 0, "perUnit", 0.5, "scope", scope), List.of());
    }

    private static BigDecimal score(String scope) {
        BudgetFacts facts = BudgetExecution.facts(MUNICIPAL, ALL);
        ScoreOutcome o = new Scorer(ScorerTest.SETTINGS).score(carryOver(scope),
                new Scorer.Inputs(Map.of(), List.of(), facts, null));
        return o.total();
    }

    @Test
    void fiscalCountsThisYearsAppropriationAndLastYearsCarryOverOnly() {
        // MUNICIPAL: 10 ÷ 1000 = 1 % → 5 − 0.5 = 4.50
        assertThat(score("MUNICIPAL")).isEqualByComparingTo("4.50");
        // FISCAL: (1200 − 1140) ÷ 1200 = 5 % → 5 − 2.5 = 2.50 (the carry-over line counts, the other funds do not)
        assertThat(score("FISCAL")).isEqualByComparingTo("2.50");
        // ALL: 510 ÷ 1700 = 30 % → 0
        assertThat(score("ALL")).isEqualByComparingTo("0.00");
    }

    @Test
    void fiscalIsAScopeOfTheCarryOverRateOnly() {
        assertThat(Rules.framework(carryOver("FISCAL"))).isEmpty();
        assertThat(Rules.framework(carryOver("PROVINCE"))).extracting(FieldError::field).containsExactly("params.scope");
        FrameworkNode adjustment = new FrameworkNode("ADJ", "预算调整率", new BigDecimal("5"), Method.DEDUCTION,
                Map.of("source", "ADJUSTMENT_RATE", "threshold", 0, "perUnit", 1, "scope", "FISCAL"), List.of());
        assertThat(Rules.framework(adjustment)).extracting(FieldError::field).containsExactly("params.scope");
    }
}
