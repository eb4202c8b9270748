package org.jixiao.report.domain.rules;

import static org.jixiao.report.domain.rules.Findings.fig;

import java.util.List;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.Fmt;
import org.jixiao.report.domain.Severity;
import org.jixiao.report.domain.data.Line;

final class NoSpendingRule extends ConsistencyRule {
    NoSpendingRule() {
        super("LINE-NO-SPENDING", Severity.WARNING, "预算项目无支出", "A budget line with a budget and no spending.");
    }

    @Override
    void check(CheckContext ctx, List<Finding> out) {
        for (Line l : ctx.lines()) {
            if (l.adjustedBudget() != null && l.adjustedBudget().signum() > 0 && l.spent() != null && l.spent().signum() == 0) {
                out.add(finding("budget line " + l.lineCode() + " " + l.name() + " has a budget of "
                        + Fmt.wanText(l.adjustedBudget()) + " 万元 and no spending", null,
                        List.of(fig("execution.line." + l.lineCode() + ".adjustedBudget", Fmt.wanText(l.adjustedBudget()) + " 万元",
                                "budget-service execution lines[" + l.lineCode() + "]"))));
            }
        }
    }
}
