package org.jixiao.report.domain.rules;

import static org.jixiao.report.domain.rules.Findings.reconcile;

import java.util.List;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.Severity;
import org.jixiao.report.domain.data.Line;
import org.jixiao.report.domain.rules.Findings.Field;
import org.jixiao.report.domain.rules.Findings.Part;

final class SumLinesRule extends ConsistencyRule {
    SumLinesRule() {
        super("SUM-LINES", Severity.FATAL, "各预算项目之和 = 类别合计",
                "Σ lines of a category equals the category (budget and spending), per scope, ±0.01 万元 per part.");
    }

    @Override
    void check(CheckContext ctx, List<Finding> out) {
        for (Scope s : ctx.scopes()) {
            for (String category : new String[] {"BASIC", "PROJECT"}) {
                List<Line> lines = s.execution().lines(category);
                String part = category.toLowerCase();
                if (lines.isEmpty() || s.amounts(part) == null) {
                    continue;
                }
                for (Field f : Field.values()) {
                    List<Part> parts = lines.stream().map(l -> new Part("execution.line." + l.lineCode() + "." + f.key,
                            f.of(l.amounts()), s.source("lines[" + l.lineCode() + "]." + f.key))).toList();
                    reconcile(this, ctx, out, "Σ " + category + " lines = " + category + " (" + s.name() + ", " + f.key + ")",
                            parts, s.part(part, f));
                }
            }
        }
    }
}
