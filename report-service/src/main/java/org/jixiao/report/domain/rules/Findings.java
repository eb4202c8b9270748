package org.jixiao.report.domain.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jixiao.report.domain.Finding.FigureRef;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.Fmt;
import org.jixiao.report.domain.data.Amounts;

/** What the rules share to build findings: figure references and the reconciliation of sums. */
final class Findings {

    private Findings() {
    }

    /** A summed figure: its key, its value in yuan and its source. */
    record Part(String name, BigDecimal value, String source) {
    }

    /** The amounts that must add up. */
    enum Field {
        ADJUSTED_BUDGET("adjustedBudget", Amounts::adjustedBudget),
        SPENT("spent", Amounts::spent);

        final String key;
        private final Function<Amounts, BigDecimal> get;

        Field(String key, Function<Amounts, BigDecimal> get) {
            this.key = key;
            this.get = get;
        }

        BigDecimal of(Amounts a) {
            return get.apply(a);
        }
    }

    static FigureRef fig(String name, String value, String source) {
        return new FigureRef(name, value, source);
    }

    /** Σ of parts rounded to 万元 against the rounded total, with ±tolerance per part (the report prints 万元). */
    static void reconcile(ConsistencyRule rule, CheckContext ctx, List<Finding> out, String what, List<Part> parts, Part total) {
        if (total.value() == null || parts.stream().anyMatch(p -> p.value() == null)) {
            return;
        }
        BigDecimal sum = parts.stream().map(p -> Fmt.wan(p.value())).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal diff = sum.subtract(Fmt.wan(total.value())).abs();
        BigDecimal tolerance = ctx.settings().tolerancePerPart().multiply(BigDecimal.valueOf(parts.size()));
        if (diff.compareTo(tolerance) > 0) {
            List<FigureRef> figs = new ArrayList<>();
            parts.forEach(p -> figs.add(fig(p.name(), Fmt.wanText(p.value()) + " 万元", p.source())));
            figs.add(fig(total.name(), Fmt.wanText(total.value()) + " 万元", total.source()));
            out.add(rule.finding(what + ": parts add up to " + sum.toPlainString() + " 万元, total is "
                    + Fmt.wanText(total.value()) + " 万元 (difference " + diff.toPlainString() + ", tolerance ±" + tolerance.toPlainString() + ")",
                    null, figs));
        }
    }
}
