package org.jixiao.report.domain.rules;

import static org.jixiao.report.domain.rules.Findings.fig;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.Severity;
import org.jixiao.report.domain.data.BudgetSnapshot;
import org.jixiao.report.domain.data.EvaluationResult;

final class StaleEvaluationRule extends ConsistencyRule {
    StaleEvaluationRule() {
        super("STALE-EVALUATION", Severity.WARNING, "评价早于最近一次预算数据变动",
                "The budget data changed (execution lastChangedAt) after the evaluation took its budget snapshot (budgetSnapshot.fetchedAt, else scoredAt): re-score.");
    }

    @Override
    void check(CheckContext ctx, List<Finding> out) {
        EvaluationResult e = ctx.data().evaluation();
        if (e == null) {
            return;
        }
        BudgetSnapshot bs = e.budgetSnapshot();
        Instant scoredOn = instant(bs != null && bs.fetchedAt() != null ? bs.fetchedAt() : e.scoredAt());
        Instant changed = null;
        for (Scope s : ctx.scopes()) {
            Instant c = instant(s.execution().lastChangedAt());
            if (c != null && (changed == null || c.isAfter(changed))) {
                changed = c;
            }
        }
        if (scoredOn != null && changed != null && changed.isAfter(scoredOn)) {
            out.add(finding("budget data changed at " + changed + ", after the evaluation's budget snapshot of "
                    + scoredOn + ": re-score the evaluation", null,
                    List.of(fig("execution.lastChangedAt", changed.toString(), "budget-service execution lastChangedAt"),
                            fig("evaluation.budgetSnapshot.fetchedAt", scoredOn.toString(), "evaluation-service result budgetSnapshot.fetchedAt / scoredAt"))));
        }
    }

    /** Null when absent or unreadable: staleness is then unknown, not reported. */
    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (RuntimeException e) {
            try {
                return Instant.parse(text);
            } catch (RuntimeException ignored) {
                return null;
            }
        }
    }
}
