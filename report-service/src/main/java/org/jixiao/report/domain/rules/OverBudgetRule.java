package org.jixiao.report.domain.rules;

import static org.jixiao.report.domain.rules.Findings.fig;

import java.util.List;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.Fmt;
import org.jixiao.report.domain.Severity;
import org.jixiao.report.domain.data.Amounts;
import org.jixiao.report.domain.data.Line;

final class OverBudgetRule extends ConsistencyRule {
    OverBudgetRule() {
        super("OVER-BUDGET", Severity.WARNING, "超预算支出",
                "A line, category or total spent above its adjusted budget.");
    }

    @Override
    void check(CheckContext ctx, List<Finding> out) {
        for (Scope s : ctx.scopes()) {
            overBudget(out, s.key("total"), s.amounts("total"), s.source("total"));
        }
        for (Line l : ctx.lines()) {
            overBudget(out, "execution.line." + l.lineCode(), l.amounts(), "budget-service execution lines[" + l.lineCode() + "] " + l.name());
        }
    }

    private void overBudget(List<Finding> out, String key, Amounts a, String source) {
        if (a != null && a.spent() != null && a.adjustedBudget() != null && a.spent().compareTo(a.adjustedBudget()) > 0) {
            out.add(finding(key + " spent " + Fmt.wanText(a.spent()) + " 万元 above its budget of "
                    + Fmt.wanText(a.adjustedBudget()) + " 万元", null,
                    List.of(fig(key + ".spent", Fmt.wanText(a.spent()) + " 万元", source + ".spent"),
                            fig(key + ".adjustedBudget", Fmt.wanText(a.adjustedBudget()) + " 万元", source + ".adjustedBudget"))));
        }
    }
}
