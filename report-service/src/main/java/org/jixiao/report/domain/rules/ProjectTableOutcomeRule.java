package org.jixiao.report.domain.rules;

import static org.jixiao.report.domain.rules.Findings.fig;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.Severity;
import org.jixiao.report.domain.tables.ProjectTable;
import org.jixiao.report.domain.tables.ProjectTable.IndicatorRow;

/**
 * The 实际完成情况 a department typed for a project's 年度总体目标 agrees with its indicators: it does not claim every
 * target met while one scored below its points, and a figure typed right after an indicator's name is that
 * indicator's 实际完成值.
 */
final class ProjectTableOutcomeRule extends ConsistencyRule {
    /** The phrases that claim the whole goal was reached. */
    private static final Pattern ALL_MET = Pattern.compile("全部完成|全部达到|均达到|均已达到|均已完成|全面完成|全部实现");
    /** A leading number of a printed actual ("99.6%" → 99.6). */
    private static final Pattern LEADING_NUMBER = Pattern.compile("^[≥≤=]?\\s*(-?\\d+(?:\\.\\d+)?)");

    ProjectTableOutcomeRule() {
        super("PROJECT-TABLE-OUTCOME", Severity.WARNING, "项目自评表 实际完成情况与指标不符",
                "The 实际完成情况 entered for a project's 年度总体目标 does not say every target was met (全部完成, 均达到) while an "
                        + "indicator scored below its points, and a number typed right after an indicator's name equals its 实际完成值.");
    }

    @Override
    void check(CheckContext ctx, List<Finding> out) {
        for (ProjectTable t : ProjectTable.all(ctx.data())) {
            if (!t.outcomeEntered()) {
                continue;
            }
            String where = TableRules.source(t) + " targets.goalOutcome";
            List<IndicatorRow> notMet = t.indicators().stream().filter(r -> r.points() != null && !r.met()).toList();
            Matcher claim = ALL_MET.matcher(t.outcome());
            if (claim.find() && !notMet.isEmpty()) {
                out.add(finding(t.projectName() + ": 实际完成情况 says \"" + claim.group() + "\" but " + notMet.size()
                        + " indicator(s) scored below their points: " + String.join("、", notMet.stream().map(IndicatorRow::name).toList()),
                        TableRules.SECTION, List.of(fig(t.key() + ".outcome", claim.group(), where),
                                fig(t.key() + ".notMet", String.valueOf(notMet.size()), TableRules.source(t) + " nodes"))));
            }
            for (IndicatorRow r : t.indicators()) {
                Matcher actual = r.actual() == null ? null : LEADING_NUMBER.matcher(r.actual().strip());
                if (actual == null || !actual.find()) {
                    continue;
                }
                BigDecimal entered = new BigDecimal(actual.group(1));
                for (String typed : TaskOutcomeRule.numbersAfter(t.outcome(), r.name())) {
                    if (new BigDecimal(typed).compareTo(entered) != 0) {
                        out.add(finding(t.projectName() + ": 实际完成情况 says " + r.name() + " " + typed + ", its 实际完成值 is "
                                + r.actual(), TableRules.SECTION, List.of(fig(t.key() + ".outcome." + r.code(), typed, where),
                                        fig(t.key() + "." + r.code() + ".actual", actual.group(1), TableRules.source(t) + " " + r.code()))));
                    }
                }
            }
        }
    }
}
