package org.jixiao.report.domain.rules;

import static org.jixiao.report.domain.rules.Findings.fig;

import java.util.List;
import java.util.Set;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.Severity;
import org.jixiao.report.domain.data.EvaluationResult;
import org.jixiao.report.domain.data.ScoreNode;
import org.jixiao.report.domain.data.ScoreWarning;

/**
 * An indicator scored below its full points, or not met, without its cause (偏差原因) and remedy (改进措施): evaluation-
 * service warns on the result, and the report may not pass over it in silence.
 */
final class UnexplainedShortfallRule extends ConsistencyRule {
    private static final Set<String> CODES = Set.of("NOT_MET_WITHOUT_EXPLANATION", "BELOW_FULL_POINTS_WITHOUT_EXPLANATION");

    UnexplainedShortfallRule() {
        super("SHORTFALL-UNEXPLAINED", Severity.WARNING, "扣分指标须说明偏差原因和改进措施",
                "Every indicator scored below its full points (or not met) states its cause and remedy in the evaluation; "
                        + "the evaluation result's warnings NOT_MET_WITHOUT_EXPLANATION and "
                        + "BELOW_FULL_POINTS_WITHOUT_EXPLANATION become findings.");
    }

    @Override
    void check(CheckContext ctx, List<Finding> out) {
        EvaluationResult e = ctx.data().evaluation();
        if (e == null) {
            return;
        }
        for (ScoreWarning w : e.warningList()) {
            if (CODES.contains(w.code())) {
                ScoreNode node = w.node() == null ? null : e.node(w.node());
                List<Finding.FigureRef> figures = node == null || node.score() == null ? List.of()
                        : List.of(fig("score.node." + node.code(), node.score().toPlainString(), "evaluation-service result nodes"));
                out.add(finding(w.message() + " (evaluation " + e.evaluationId() + "): enter the cause and remedy in the "
                        + "evaluation and score it again", null, figures));
            }
        }
    }
}
