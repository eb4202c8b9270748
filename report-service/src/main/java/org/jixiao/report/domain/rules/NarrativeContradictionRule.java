package org.jixiao.report.domain.rules;

import static org.jixiao.report.domain.rules.Findings.fig;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jixiao.report.domain.Figure;
import org.jixiao.report.domain.Finding.FigureRef;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.Severity;

final class NarrativeContradictionRule extends ConsistencyRule {
    NarrativeContradictionRule() {
        super("NARRATIVE-CONTRADICTION", Severity.FATAL, "文字中的数字与数据不符",
                "A number typed in narrative, in a context that names a budget or score figure (完成率/执行率/支出进度 …%, 预算/拨款/支出/资金/经费 … 万元, "
                        + "自评/评分/得分/效能 … 分, 排名第…名), equals no figure of that kind in the data (a typed \"99.00%\" where the data say 99.95%).");
    }

    @Override
    void check(CheckContext ctx, List<Finding> out) {
        for (TypedFigure t : TypedFigure.in(ctx)) {
            if (!t.contradicts()) {
                continue;
            }
            String section = t.section().name();
            Figure nearest = nearest(t.candidates(), t.value(), t.before());
            List<FigureRef> figs = new ArrayList<>();
            figs.add(fig("typed", t.typed(), "narrative " + section + ": …" + t.before() + t.typed()));
            if (nearest != null) {
                figs.add(fig(nearest.key(), nearest.text(), nearest.source()));
            }
            out.add(finding("typed \"" + t.typed() + "\" in " + section + " matches no figure of the data"
                    + (nearest == null ? "" : "; the data say " + nearest.text() + " ({{" + nearest.key() + "}})"), section, figs));
        }
    }

    /** The closest figure, among the category the clause names (项目/基本/整体) when it names one. */
    private static Figure nearest(List<Figure> candidates, BigDecimal value, String clause) {
        List<Figure> preferred = candidates;
        String hint = clause.contains("项目") ? ".project." : clause.contains("基本") ? ".basic." : clause.contains("整体") || clause.contains("总体") ? ".total." : null;
        if (hint != null) {
            List<Figure> h = candidates.stream().filter(f -> f.key().contains(hint)).toList();
            if (!h.isEmpty()) {
                preferred = h;
            }
        }
        return preferred.stream().min(Comparator.comparing((Figure f) -> f.printed().subtract(value).abs())).orElse(null);
    }
}
