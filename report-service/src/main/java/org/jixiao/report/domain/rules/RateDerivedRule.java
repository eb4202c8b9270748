package org.jixiao.report.domain.rules;

import static org.jixiao.report.domain.rules.Findings.fig;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.Fmt;
import org.jixiao.report.domain.Severity;
import org.jixiao.report.domain.data.Amounts;
import org.jixiao.report.domain.data.Line;
import org.jixiao.report.domain.data.SourceAmounts;

final class RateDerivedRule extends ConsistencyRule {
    RateDerivedRule() {
        super("RATE-DERIVED", Severity.FATAL, "完成率 = 支出 ÷ 预算",
                "Every printed rate equals spent ÷ adjustedBudget (percent, 2 decimals, HALF_UP, from unrounded amounts); a zero budget has no rate.");
    }

    @Override
    void check(CheckContext ctx, List<Finding> out) {
        for (Scope s : ctx.scopes()) {
            for (String part : new String[] {"total", "basic", "project"}) {
                rate(out, s.key(part), s.amounts(part), s.source(part));
            }
        }
        Scope all = ctx.all();
        if (all != null && all.execution().total() != null) {
            for (SourceAmounts s : all.execution().sourceList()) {
                rate(out, "execution.source." + s.fundingSource(), s.amounts(), all.source("bySource[" + s.fundingSource() + "]"));
            }
        }
        for (Line l : ctx.lines()) {
            rate(out, "execution.line." + l.lineCode(), l.amounts(), "budget-service execution lines[" + l.lineCode() + "]");
        }
    }

    private void rate(List<Finding> out, String key, Amounts a, String source) {
        if (a == null) {
            return;
        }
        BigDecimal expected = Fmt.rate(a.spent(), a.adjustedBudget());
        BigDecimal printed = a.rate();
        boolean ok = expected == null ? printed == null
                : printed != null && printed.setScale(2, RoundingMode.HALF_UP).compareTo(expected) == 0;
        if (!ok) {
            out.add(finding(key + ".rate is " + Fmt.percentText(printed) + " but spent ÷ budget = "
                    + (expected == null ? "no rate (zero budget)" : Fmt.percentText(expected)), null,
                    List.of(fig(key + ".rate", Fmt.percentText(printed), source + ".rate"),
                            fig(key + ".spent", unrounded(a.spent()) + " 元", source + ".spent"),
                            fig(key + ".adjustedBudget", unrounded(a.adjustedBudget()) + " 元", source + ".adjustedBudget"))));
        }
    }

    private static String unrounded(BigDecimal yuan) {
        return yuan == null ? "—" : yuan.toPlainString();
    }
}
