package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jixiao.platform.problem.FieldError;

/**
 * A department's approved key tasks (整体绩效目标) as an evaluation's tasks, and what the department may change at year
 * end: the outcome (目标完成情况) and each indicator's actual, tier, fraction, cause and remedy. Names, goals, points,
 * natures, targets, units and weights stay as approved.
 */
public final class TargetCopy {
    private TargetCopy() {
    }

    public static List<KeyTask> tasks(TargetContent approved) {
        return approved.tasks().stream().map(t -> new KeyTask(t.name(), t.goal(), t.points(), null,
                t.indicators().stream().map(TargetCopy::indicator).toList())).toList();
    }

    private static TaskIndicator indicator(TargetIndicator i) {
        boolean qualitative = i.nature() == Direction.QUALITATIVE;
        return new TaskIndicator(i.name(), i.level2() == null ? null : i.level2().kind(), i.nature(),
                qualitative ? null : Numbers.of(i.value()), i.unit(), null, null, null, i.weight(), null, null,
                qualitative && i.value() != null ? i.value().toString() : null);
    }

    /** The approved tasks with the results entered; what was changed besides results is a problem naming its field. */
    public record Merged(List<KeyTask> tasks, List<FieldError> problems) {
    }

    /**
     * Merges what a department sends back into the approved tasks. A fixed field sent with another value is refused; one
     * left out (null) keeps the approved value, so a client may send names and results only.
     */
    public static Merged merge(List<KeyTask> approved, List<KeyTask> entered, int version) {
        List<FieldError> problems = new ArrayList<>();
        String fixed = "is set by the approved performance targets (version " + version + "): ";
        if (entered.size() != approved.size()) {
            problems.add(new FieldError("tasks", "the approved targets have " + approved.size() + " key tasks, not "
                    + entered.size() + ": enter results for each of them, in order"));
            return new Merged(approved, problems);
        }
        List<KeyTask> merged = new ArrayList<>();
        for (int t = 0; t < approved.size(); t++) {
            KeyTask a = approved.get(t);
            KeyTask e = entered.get(t);
            String at = "tasks[" + t + "]";
            differs(at + ".name", a.name(), e.name(), fixed, problems);
            differs(at + ".goal", a.goal(), e.goal(), fixed, problems);
            differsNumber(at + ".points", a.points(), e.points(), fixed, problems);
            if (e.indicators().size() != a.indicators().size()) {
                problems.add(new FieldError(at + ".indicators", "the approved task has " + a.indicators().size()
                        + " indicators, not " + e.indicators().size()));
                continue;
            }
            List<TaskIndicator> indicators = new ArrayList<>();
            for (int i = 0; i < a.indicators().size(); i++) {
                TaskIndicator ai = a.indicators().get(i);
                TaskIndicator ei = e.indicators().get(i);
                String ia = at + ".indicators[" + i + "]";
                differs(ia + ".name", ai.name(), ei.name(), fixed, problems);
                differs(ia + ".kind", ai.kind(), ei.kind(), fixed, problems);
                differs(ia + ".direction", ai.direction(), ei.direction(), fixed, problems);
                differsNumber(ia + ".target", ai.target(), ei.target(), fixed, problems);
                differs(ia + ".unit", ai.unit(), ei.unit(), fixed, problems);
                differsNumber(ia + ".weight", ai.weight(), ei.weight(), fixed, problems);
                indicators.add(ai.withResults(ei));
            }
            merged.add(new KeyTask(a.name(), a.goal(), a.points(), e.outcome(), indicators));
        }
        return new Merged(merged, problems);
    }

    private static void differs(String field, Object approved, Object entered, String fixed, List<FieldError> problems) {
        if (entered != null && !Objects.equals(approved, entered)) {
            problems.add(new FieldError(field, fixed + (approved == null ? "none" : approved)));
        }
    }

    private static void differsNumber(String field, BigDecimal approved, BigDecimal entered, String fixed,
                                      List<FieldError> problems) {
        if (entered != null && (approved == null || approved.compareTo(entered) != 0)) {
            problems.add(new FieldError(field, fixed + (approved == null ? "none" : approved.toPlainString())));
        }
    }
}
