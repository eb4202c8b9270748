package org.jixiao.report.domain.rules;

import static org.jixiao.report.domain.rules.Findings.fig;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jixiao.report.domain.Finding.FigureRef;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.Fmt;
import org.jixiao.report.domain.Severity;
import org.jixiao.report.domain.data.EvaluationResult;
import org.jixiao.report.domain.data.KeyTask;
import org.jixiao.report.domain.data.ScoreNode;

final class TaskPointsRule extends ConsistencyRule {
    private static final String SOURCE = "evaluation-service result ";

    TaskPointsRule() {
        super("TASK-POINTS", Severity.FATAL, "重点任务分值之和 = 履职效能分值",
                "Key-task points add up to the DUTY node's points (50), and task scores add up to its score.");
    }

    @Override
    void check(CheckContext ctx, List<Finding> out) {
        EvaluationResult e = ctx.data().evaluation();
        if (e == null) {
            return;
        }
        ScoreNode duty = e.node("DUTY");
        if (duty == null) {
            duty = e.nodeList().stream().filter(n -> "TASKS".equals(n.method())).findFirst().orElse(null);
        }
        List<KeyTask> tasks = e.taskList();
        if (duty != null && !tasks.isEmpty()) {
            taskSum(out, tasks, KeyTask::points, duty.points(), "points", "score.node." + duty.code() + ".points");
            taskSum(out, tasks, KeyTask::score, duty.score(), "score", "score.node." + duty.code());
        }
    }

    private void taskSum(List<Finding> out, List<KeyTask> tasks, Function<KeyTask, BigDecimal> get, BigDecimal expected,
            String what, String key) {
        if (expected == null || tasks.stream().anyMatch(t -> get.apply(t) == null)) {
            return;
        }
        BigDecimal sum = tasks.stream().map(get).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(expected) != 0) {
            List<FigureRef> figs = new ArrayList<>();
            for (int i = 0; i < tasks.size(); i++) {
                figs.add(fig("score.task." + (i + 1) + "." + what, Fmt.scoreText(get.apply(tasks.get(i))), SOURCE + "tasks[" + i + "]." + what));
            }
            figs.add(fig(key, Fmt.scoreText(expected), SOURCE + "nodes"));
            out.add(finding("key-task " + what + " add up to " + Fmt.scoreText(sum) + ", the DUTY node has "
                    + Fmt.scoreText(expected), null, figs));
        }
    }
}
