package org.jixiao.report.domain.rules;

import static org.jixiao.report.domain.rules.Findings.fig;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.Fmt;
import org.jixiao.report.domain.Severity;
import org.jixiao.report.domain.tables.ProjectTable;
import org.jixiao.report.domain.tables.ProjectTable.IndicatorRow;

/** A 项目支出绩效自评表's 得分 never exceeds its 分值, and its rows add up to 总分, the evaluation's total. */
final class ProjectTableScoreRule extends ConsistencyRule {
    ProjectTableScoreRule() {
        super("PROJECT-TABLE-SCORE", Severity.FATAL, "项目自评表 得分 ≤ 分值，Σ 得分 = 总分",
                "In each project table every row's 得分 is at most its 分值, and 预算执行率's 得分 + Σ indicator 得分 = 总分 = the "
                        + "evaluation's total.");
    }

    @Override
    void check(CheckContext ctx, List<Finding> out) {
        for (ProjectTable t : ProjectTable.all(ctx.data())) {
            String where = TableRules.source(t);
            above(out, t, "预算执行率", t.execPoints(), t.execScore(), where);
            for (IndicatorRow r : t.indicators()) {
                above(out, t, r.name(), r.points(), r.score(), where + " " + r.code());
            }
            BigDecimal sum = t.rowScoreSum();
            if (t.total() == null || sum.compareTo(t.total()) != 0) {
                out.add(finding(t.projectName() + ": the rows' 得分 add up to " + Fmt.scoreText(sum) + ", 总分 is " + Fmt.scoreText(t.total()),
                        TableRules.SECTION, List.of(fig(t.key() + ".rows", Fmt.scoreText(sum), where + " nodes"),
                                fig(t.key() + ".total", Fmt.scoreText(t.total()), where + " total"))));
            }
        }
    }

    private void above(List<Finding> out, ProjectTable t, String row, BigDecimal points, BigDecimal score, String where) {
        if (points != null && score != null && score.compareTo(points) > 0) {
            out.add(finding(t.projectName() + " " + row + ": 得分 " + Fmt.scoreText(score) + " exceeds 分值 " + Fmt.scoreText(points),
                    TableRules.SECTION, List.of(fig(t.key() + "." + row + ".score", Fmt.scoreText(score), where),
                            fig(t.key() + "." + row + ".points", Fmt.scoreText(points), where))));
        }
    }
}
