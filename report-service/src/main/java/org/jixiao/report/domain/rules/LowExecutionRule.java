package org.jixiao.report.domain.rules;

import static org.jixiao.report.domain.rules.Findings.fig;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.Fmt;
import org.jixiao.report.domain.Severity;
import org.jixiao.report.domain.data.Amounts;

final class LowExecutionRule extends ConsistencyRule {
    private static final Pattern EXECUTION_WORD = Pattern.compile("执行|完成率|支出|进度");

    LowExecutionRule() {
        super("LOW-EXECUTION-UNEXPLAINED", Severity.FATAL, "执行率低于90%未说明原因",
                "The execution rate of the total, BASIC or PROJECT (MUNICIPAL) is below the threshold (90%) and no narrative section gives a reason "
                        + "(a sentence with 原因/由于/因为 that mentions 执行/完成率/支出).");
    }

    @Override
    void check(CheckContext ctx, List<Finding> out) {
        Scope municipal = ctx.municipal();
        if (municipal == null) {
            return;
        }
        BigDecimal threshold = ctx.settings().lowExecutionThreshold();
        boolean explained = ctx.sentencesWithReason().stream().anyMatch(s -> EXECUTION_WORD.matcher(s).find());
        String[][] parts = {{"total", "整体"}, {"basic", "基本支出"}, {"project", "项目支出"}};
        for (String[] p : parts) {
            Amounts a = municipal.amounts(p[0]);
            if (a != null && a.rate() != null && a.rate().compareTo(threshold) < 0 && !explained) {
                out.add(finding(p[1] + "预算完成率 " + Fmt.percentText(a.rate()) + " is below "
                        + Fmt.plain(threshold) + "% and no section explains why (a sentence with 原因/由于/因为 about 执行/完成率/支出)",
                        null, List.of(fig(municipal.key(p[0]) + ".rate", Fmt.percentText(a.rate()), municipal.source(p[0]) + ".rate"))));
            }
        }
    }
}
