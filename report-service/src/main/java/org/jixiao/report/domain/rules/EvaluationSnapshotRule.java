package org.jixiao.report.domain.rules;

import static org.jixiao.report.domain.rules.Findings.fig;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.Fmt;
import org.jixiao.report.domain.ReportData;
import org.jixiao.report.domain.Severity;
import org.jixiao.report.domain.data.Amounts;
import org.jixiao.report.domain.data.BudgetSnapshot;
import org.jixiao.report.domain.data.Execution;

final class EvaluationSnapshotRule extends ConsistencyRule {
    EvaluationSnapshotRule() {
        super("EVALUATION-SNAPSHOT-MISMATCH", Severity.FATAL, "评价依据的预算数据与报告数据不一致",
                "The execution total (budget or spending) the evaluation was scored on differs from the figures the report prints.");
    }

    @Override
    void check(CheckContext ctx, List<Finding> out) {
        ReportData d = ctx.data();
        BudgetSnapshot bs = d.evaluation() == null ? null : d.evaluation().budgetSnapshot();
        if (bs == null || bs.execution() == null || bs.execution().total() == null) {
            return;
        }
        Execution current = "ALL".equals(bs.execution().scope()) ? d.all() : d.municipal();
        if (current == null || current.total() == null) {
            return;
        }
        Amounts then = bs.execution().total();
        Amounts now = current.total();
        if (differs(then.adjustedBudget(), now.adjustedBudget()) || differs(then.spent(), now.spent())) {
            out.add(finding("the evaluation was scored on budget " + Fmt.wanText(then.adjustedBudget())
                    + " / spent " + Fmt.wanText(then.spent()) + " 万元; the report prints budget " + Fmt.wanText(now.adjustedBudget())
                    + " / spent " + Fmt.wanText(now.spent()) + " 万元", null,
                    List.of(fig("evaluation.budgetSnapshot.total.spent", Fmt.wanText(then.spent()) + " 万元", "evaluation-service result budgetSnapshot.execution.total.spent"),
                            fig("execution.total.spent", Fmt.wanText(now.spent()) + " 万元", "budget-service execution total.spent"))));
        }
    }

    private static boolean differs(BigDecimal a, BigDecimal b) {
        return a != null && b != null && a.compareTo(b) != 0;
    }
}
