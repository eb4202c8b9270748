package org.jixiao.report.domain.rules;

import static org.jixiao.report.domain.rules.Findings.reconcile;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.Severity;
import org.jixiao.report.domain.rules.Findings.Part;
import org.jixiao.report.domain.tables.ProjectTable;
import org.jixiao.report.domain.tables.ProjectTable.FundRow;

/** A 项目支出绩效自评表's 当年财政拨款 + 上年结转资金 + 其他资金 = 年度资金总额, in each amount column. */
final class ProjectTableSourcesRule extends ConsistencyRule {
    private static final List<Column> COLUMNS = List.of(new Column("年初预算数", FundRow::initialBudget),
            new Column("全年预算数", FundRow::adjustedBudget), new Column("全年执行数", FundRow::spent));

    private record Column(String label, Function<FundRow, BigDecimal> amount) {
    }

    ProjectTableSourcesRule() {
        super("PROJECT-TABLE-SOURCES", Severity.FATAL, "项目自评表 各资金来源之和 = 年度资金总额",
                "In each project table, the source rows (当年财政拨款, 上年结转资金, 其他资金) add up to 年度资金总额 for 年初预算数, 全年预算数 "
                        + "and 全年执行数, ±0.01 万元 per part.");
    }

    @Override
    void check(CheckContext ctx, List<Finding> out) {
        for (ProjectTable t : ProjectTable.all(ctx.data())) {
            FundRow total = t.funds().stream().filter(FundRow::isTotal).findFirst().orElse(null);
            List<FundRow> sources = t.funds().stream().filter(f -> !f.isTotal() && f.adjustedBudget() != null).toList();
            if (total == null || sources.isEmpty()) {
                continue;
            }
            String where = TableRules.source(t);
            for (Column c : COLUMNS) {
                List<Part> parts = sources.stream().map(s -> new Part(t.key() + "." + s.label() + "." + c.label(), c.amount().apply(s),
                        where + " " + s.label())).toList();
                reconcile(this, ctx, out, t.projectName() + " Σ 资金来源 = " + ProjectTable.TOTAL_ROW + " (" + c.label() + ")", parts,
                        new Part(t.key() + "." + total.label() + "." + c.label(), c.amount().apply(total), where + " " + total.label()));
            }
        }
    }
}
