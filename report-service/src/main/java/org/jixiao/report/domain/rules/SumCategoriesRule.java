package org.jixiao.report.domain.rules;

import static org.jixiao.report.domain.rules.Findings.reconcile;

import java.util.List;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.Severity;
import org.jixiao.report.domain.data.Execution;
import org.jixiao.report.domain.rules.Findings.Field;

final class SumCategoriesRule extends ConsistencyRule {
    SumCategoriesRule() {
        super("SUM-CATEGORIES", Severity.FATAL, "基本支出 + 项目支出 = 合计",
                "BASIC + PROJECT equals the total, for budget and spending, in scope MUNICIPAL and ALL; compared on figures rounded to 万元 "
                        + "with ±0.01 万元 per summed part (2760.38 + 901.08 = 3661.46 vs 3661.45 passes).");
    }

    @Override
    void check(CheckContext ctx, List<Finding> out) {
        for (Scope s : ctx.scopes()) {
            Execution e = s.execution();
            if (e.total() == null || e.basic() == null || e.project() == null) {
                continue;
            }
            for (Field f : Field.values()) {
                reconcile(this, ctx, out, "BASIC + PROJECT = total (" + s.name() + ", " + f.key + ")",
                        List.of(s.part("basic", f), s.part("project", f)), s.part("total", f));
            }
        }
    }
}
