package org.jixiao.report.domain.rules;

import static org.jixiao.report.domain.rules.Findings.fig;

import java.util.Comparator;
import java.util.List;
import org.jixiao.report.domain.Figure;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.Severity;

final class UnboundFigureRule extends ConsistencyRule {
    UnboundFigureRule() {
        super("UNBOUND-FIGURE", Severity.WARNING, "未绑定的数字 (unbound figure)",
                "A number with a unit (%, 万元, 元, 分, 第…名) typed by hand instead of a {{placeholder}}; the finding suggests the placeholder when the value matches data.");
    }

    @Override
    void check(CheckContext ctx, List<Finding> out) {
        for (TypedFigure t : TypedFigure.in(ctx)) {
            if (t.contradicts()) {
                continue;
            }
            String section = t.section().name();
            // prefer a category or total figure over a line's, then the shortest key
            Figure suggestion = t.matches().stream().min(Comparator.comparing((Figure f) -> f.key().startsWith("execution.line.") ? 1 : 0)
                    .thenComparing(f -> f.key().length())).orElse(null);
            out.add(finding("unbound figure \"" + t.typed() + "\" in " + section
                    + (suggestion == null ? "" : ": bind it as {{" + suggestion.key() + "}}"), section,
                    suggestion == null ? List.of(fig("typed", t.typed(), "narrative " + section))
                            : List.of(fig("typed", t.typed(), "narrative " + section), fig(suggestion.key(), suggestion.text(), suggestion.source()))));
        }
    }
}
