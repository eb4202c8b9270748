package org.jixiao.report.domain.rules;

import static org.jixiao.report.domain.rules.Findings.fig;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.report.domain.Finding.FigureRef;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.Fmt;
import org.jixiao.report.domain.Severity;
import org.jixiao.report.domain.data.EvaluationResult;
import org.jixiao.report.domain.data.ScoreNode;

final class ScoreTotalRule extends ConsistencyRule {
    private static final String SOURCE = "evaluation-service result ";

    ScoreTotalRule() {
        super("SCORE-TOTAL", Severity.FATAL, "总分 = 各节点得分之和",
                "The total equals the sum of the root nodes' scores, and every inner node equals the sum of its children.");
    }

    @Override
    void check(CheckContext ctx, List<Finding> out) {
        EvaluationResult e = ctx.data().evaluation();
        if (e == null) {
            return;
        }
        if (e.total() != null && !e.nodeList().isEmpty()) {
            BigDecimal sum = sumScores(e.nodeList());
            if (sum != null && sum.compareTo(e.total()) != 0) {
                List<FigureRef> figs = new ArrayList<>();
                e.nodeList().forEach(n -> figs.add(fig("score.node." + n.code(), Fmt.scoreText(n.score()), SOURCE + "nodes[" + n.code() + "].score")));
                figs.add(fig("score.total", Fmt.scoreText(e.total()), SOURCE + "total"));
                out.add(finding("total " + Fmt.scoreText(e.total()) + " ≠ Σ nodes " + Fmt.scoreText(sum), null, figs));
            }
        }
        nodeSums(out, e.nodeList());
    }

    private void nodeSums(List<Finding> out, List<ScoreNode> nodes) {
        for (ScoreNode n : nodes) {
            if (!n.childList().isEmpty() && n.score() != null) {
                BigDecimal sum = sumScores(n.childList());
                if (sum != null && sum.compareTo(n.score()) != 0) {
                    out.add(finding("node " + n.code() + " " + n.name() + " scores " + Fmt.scoreText(n.score())
                            + " but its children add up to " + Fmt.scoreText(sum), null,
                            List.of(fig("score.node." + n.code(), Fmt.scoreText(n.score()), SOURCE + "nodes[" + n.code() + "].score"))));
                }
            }
            nodeSums(out, n.childList());
        }
    }

    /** Null when a score is missing: nothing to compare. */
    private static BigDecimal sumScores(List<ScoreNode> nodes) {
        BigDecimal sum = BigDecimal.ZERO;
        for (ScoreNode n : nodes) {
            if (n.score() == null) {
                return null;
            }
            sum = sum.add(n.score());
        }
        return sum;
    }
}
