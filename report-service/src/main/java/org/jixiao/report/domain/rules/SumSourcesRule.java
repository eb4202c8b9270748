package org.jixiao.report.domain.rules;

import static org.jixiao.report.domain.rules.Findings.reconcile;

import java.util.List;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.Severity;
import org.jixiao.report.domain.data.SourceAmounts;
import org.jixiao.report.domain.rules.Findings.Field;
import org.jixiao.report.domain.rules.Findings.Part;

final class SumSourcesRule extends ConsistencyRule {
    SumSourcesRule() {
        super("SUM-SOURCES", Severity.FATAL, "各资金来源之和 = 合计",
                "Σ bySource equals the all-funds total (budget and spending), ±0.01 万元 per part.");
    }

    @Override
    void check(CheckContext ctx, List<Finding> out) {
        Scope all = ctx.all();
        List<SourceAmounts> sources = all == null ? List.of() : all.execution().sourceList();
        if (sources.isEmpty() || all.execution().total() == null) {
            return;
        }
        for (Field f : Field.values()) {
            List<Part> parts = sources.stream().map(s -> new Part("execution.source." + s.fundingSource() + "." + f.key,
                    f.of(s.amounts()), all.source("bySource[" + s.fundingSource() + "]." + f.key))).toList();
            reconcile(this, ctx, out, "Σ funding sources = total (ALL, " + f.key + ")", parts, all.part("total", f));
        }
    }
}
