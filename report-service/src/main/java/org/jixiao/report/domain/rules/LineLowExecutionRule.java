package org.jixiao.report.domain.rules;

import static org.jixiao.report.domain.rules.Findings.fig;

import java.util.List;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.Fmt;
import org.jixiao.report.domain.Severity;
import org.jixiao.report.domain.data.Line;

final class LineLowExecutionRule extends ConsistencyRule {
    LineLowExecutionRule() {
        super("LINE-LOW-EXECUTION", Severity.WARNING, "项目执行率低于90%",
                "A budget line executed below the threshold whose name the narrative does not mention with a reason.");
    }

    @Override
    void check(CheckContext ctx, List<Finding> out) {
        if (ctx.data().municipal() == null) {
            return;
        }
        List<String> reasons = ctx.sentencesWithReason();
        for (Line l : ctx.data().municipal().lineList()) {
            if (l.rate() != null && l.rate().compareTo(ctx.settings().lowExecutionThreshold()) < 0
                    && reasons.stream().noneMatch(s -> s.contains(l.name()))) {
                out.add(finding("line " + l.lineCode() + " " + l.name() + " executed " + Fmt.percentText(l.rate())
                        + " and the narrative gives no reason for it", null,
                        List.of(fig("execution.line." + l.lineCode() + ".rate", Fmt.percentText(l.rate()),
                                "budget-service execution lines[" + l.lineCode() + "].rate"))));
            }
        }
    }
}
