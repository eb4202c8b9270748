package org.jixiao.report.domain.rules;

import static org.jixiao.report.domain.rules.Findings.fig;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.Fmt;
import org.jixiao.report.domain.Severity;
import org.jixiao.report.domain.tables.ProjectTable;
import org.jixiao.report.domain.tables.ProjectTable.FundRow;

/** Every 执行率 a 项目支出绩效自评表 prints is its row's 全年执行数 ÷ 全年预算数. */
final class ProjectTableRateRule extends ConsistencyRule {
    ProjectTableRateRule() {
        super("PROJECT-TABLE-RATE", Severity.FATAL, "项目自评表 执行率 = 全年执行数 ÷ 全年预算数",
                "Every 执行率 of a project table (年度资金总额 and each source row) equals spent ÷ adjustedBudget (percent, 2 decimals, "
                        + "HALF_UP, from unrounded amounts); a zero budget has no rate.");
    }

    @Override
    void check(CheckContext ctx, List<Finding> out) {
        for (ProjectTable t : ProjectTable.all(ctx.data())) {
            for (FundRow f : t.funds()) {
                BigDecimal expected = Fmt.rate(f.spent(), f.adjustedBudget());
                boolean ok = expected == null ? f.rate() == null
                        : f.rate() != null && f.rate().setScale(2, RoundingMode.HALF_UP).compareTo(expected) == 0;
                if (!ok) {
                    String where = TableRules.source(t) + " " + f.label();
                    out.add(finding(t.projectName() + " " + f.label() + " 执行率 is " + Fmt.percentText(f.rate()) + " but 全年执行数 ÷ 全年预算数 = "
                            + (expected == null ? "no rate (zero budget)" : Fmt.percentText(expected)), TableRules.SECTION,
                            List.of(fig(t.key() + "." + f.label() + ".rate", Fmt.percentText(f.rate()), where),
                                    fig(t.key() + "." + f.label() + ".spent", Fmt.wanText(f.spent()) + " 万元", where),
                                    fig(t.key() + "." + f.label() + ".adjustedBudget", Fmt.wanText(f.adjustedBudget()) + " 万元", where))));
                }
            }
        }
    }
}
