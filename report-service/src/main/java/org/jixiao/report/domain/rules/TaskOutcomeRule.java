package org.jixiao.report.domain.rules;

import static org.jixiao.report.domain.rules.Findings.fig;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.Severity;
import org.jixiao.report.domain.data.EvaluationResult;
import org.jixiao.report.domain.data.Indicator;
import org.jixiao.report.domain.data.KeyTask;

/**
 * A key task's outcome (目标完成情况) is typed by the department, and the report prints it in the task table: a figure it
 * types after an indicator's name ("按期答复率99.99%") must be that indicator's actual as entered and scored.
 */
final class TaskOutcomeRule extends ConsistencyRule {
    /** The indicator's name, a few linking characters (为, 达, 是, ：), then the number typed. */
    private static final String LINK = "[为达是：:\\s]{0,3}";
    private static final Pattern NUMBER = Pattern.compile("^" + LINK + "(\\d+(?:\\.\\d+)?)");

    TaskOutcomeRule() {
        super("TASK-OUTCOME-CONTRADICTION", Severity.FATAL, "目标完成情况中的数字与实际完成值不符",
                "A number typed in a key task's outcome right after one of its indicators' names (按期答复率99.99%) equals that "
                        + "indicator's actual (实际完成值) in the evaluation.");
    }

    /** Each number typed right after {@code name} in {@code text} ("按期答复率99.99%" → 99.99), in order. */
    static List<String> numbersAfter(String text, String name) {
        List<String> numbers = new ArrayList<>();
        if (text == null || name == null || name.isBlank()) {
            return numbers;
        }
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
            Matcher m = NUMBER.matcher(text.substring(at + name.length()));
            if (m.find()) {
                numbers.add(m.group(1));
            }
        }
        return numbers;
    }

    @Override
    void check(CheckContext ctx, List<Finding> out) {
        EvaluationResult e = ctx.data().evaluation();
        if (e == null) {
            return;
        }
        List<KeyTask> tasks = e.taskList();
        for (int t = 0; t < tasks.size(); t++) {
            KeyTask task = tasks.get(t);
            if (task.outcome() == null) {
                continue;
            }
            for (int i = 0; i < task.indicatorList().size(); i++) {
                Indicator indicator = task.indicatorList().get(i);
                if (indicator.name() == null || indicator.name().isBlank() || indicator.actual() == null) {
                    continue;
                }
                for (String typed : numbersAfter(task.outcome(), indicator.name())) {
                    if (new BigDecimal(typed).compareTo(indicator.actual()) != 0) {
                        String key = "score.task." + (t + 1) + ".indicator." + (i + 1) + ".actual";
                        out.add(finding("key task " + (t + 1) + " (" + task.name() + ") says " + indicator.name() + " "
                                + typed + " in its outcome; the evaluation's actual is "
                                + indicator.actual().stripTrailingZeros().toPlainString(), null,
                                List.of(fig("typed", typed, "evaluation-service result tasks[" + t + "].outcome"),
                                        fig(key, indicator.actual().toPlainString(), "evaluation-service result tasks[" + t
                                                + "].indicators[" + i + "].actual"))));
                    }
                }
            }
        }
    }
}
