package org.jixiao.evaluation.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.evaluation.domain.BudgetFacts;

/**
 * What evaluation-service reads of budget-service's project execution (GET …/projects/{projectKey}/execution): the
 * project's money across its lines and funding sources (项目资金: 年初预算数, 全年预算数, 全年执行数), its spending
 * progress against time progress, and when the data last changed.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectBudget(String projectKey, String asOf, BudgetExecution.Amounts total, List<Source> bySource,
                            List<BudgetExecution.Line> lines, BigDecimal progress, BigDecimal timeProgress, String status,
                            String lastChangedAt) {

    public ProjectBudget {
        bySource = bySource == null ? List.of() : bySource;
        lines = lines == null ? List.of() : lines;
    }

    /**
     * The figures scoring needs: the project's total under its key (the evaluated "line"), each of its lines, and its
     * adjustments (scope ALL: a project's money is every source).
     */
    public BudgetFacts facts() {
        Map<String, BudgetFacts.Amounts> byLine = new HashMap<>();
        lines.forEach(l -> byLine.put(l.lineCode(), BudgetExecution.amounts(l.adjustedBudget(), l.spent())));
        BudgetFacts.Amounts whole = total == null ? BudgetExecution.amounts(null, null)
                : BudgetExecution.amounts(total.adjustedBudget(), total.spent());
        byLine.put(projectKey, whole);
        return new BudgetFacts(Map.of("ALL/TOTAL", whole), byLine, List.of(),
                Map.of("ALL", BudgetExecution.adjustments(total, lines)));
    }

    /** One funding source of the project: MUNICIPAL 当年财政拨款, CARRY_OVER 上年结转资金, TRANSFER, OTHER. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Source(String fundingSource, BigDecimal initialBudget, BigDecimal adjustedBudget, BigDecimal spent) {
    }
}
