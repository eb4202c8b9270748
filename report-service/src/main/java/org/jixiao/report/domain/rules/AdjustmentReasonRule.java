package org.jixiao.report.domain.rules;

import static org.jixiao.report.domain.rules.Findings.fig;

import java.util.List;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.Fmt;
import org.jixiao.report.domain.Severity;
import org.jixiao.report.domain.data.Adjustment;
import org.jixiao.report.domain.data.Line;

final class AdjustmentReasonRule extends ConsistencyRule {
    AdjustmentReasonRule() {
        super("ADJUSTMENT-WITHOUT-REASON", Severity.WARNING, "预算调整未说明理由",
                "An in-year budget adjustment without a reason.");
    }

    @Override
    void check(CheckContext ctx, List<Finding> out) {
        for (Line l : ctx.lines()) {
            for (Adjustment a : l.adjustmentList()) {
                if (a.reason() == null || a.reason().isBlank()) {
                    out.add(finding("adjustment of " + Fmt.wanText(a.amount()) + " 万元 on " + a.effectiveDate()
                            + " to line " + l.lineCode() + " " + l.name() + " gives no reason", null,
                            List.of(fig("execution.line." + l.lineCode() + ".adjustment", Fmt.wanText(a.amount()) + " 万元",
                                    "budget-service execution lines[" + l.lineCode() + "].adjustments"))));
                }
            }
        }
    }
}
