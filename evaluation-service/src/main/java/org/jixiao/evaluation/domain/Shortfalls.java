package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems a scored evaluation shows (扣分项): every scored leaf below its full points, and every key-task
 * indicator below full marks. Each becomes at most one rectification item, its 偏差原因 the problem and its 改进措施
 * the measure. Leaves not applicable (不适用) and the TASKS node itself (its tasks' indicators stand for it) are left out.
 */
public final class Shortfalls {
    private Shortfalls() {
    }

    /**
     * One shortfall.
     *
     * @param code    the node's code, or {@code task.{n}.indicator.{m}} (from 1) for a key-task indicator
     * @param name    the indicator as the evaluation names it
     * @param problem the cause entered (偏差原因) after the name, or the score it lost when none was entered
     * @param measure the remedy entered (改进措施), or null
     */
    public record Shortfall(String code, String name, String problem, String measure) {
    }

    public static List<Shortfall> of(ScoreResult result) {
        List<Shortfall> out = new ArrayList<>();
        result.nodes().stream().flatMap(NodeScore::flatten)
                .filter(n -> n.children().isEmpty() && n.method() != Method.TASKS && !n.notApplicable())
                .filter(n -> n.score() != null && n.points() != null && n.score().compareTo(n.points()) < 0)
                .forEach(n -> out.add(new Shortfall(n.code(), n.name(), problem(n.name(), n.cause(),
                        "得分" + plain(n.score()) + "（分值" + plain(n.points()) + "）"), blankToNull(n.remedy()))));
        List<ScoredTask> tasks = result.tasks() == null ? List.of() : result.tasks();
        for (int t = 0; t < tasks.size(); t++) {
            List<ScoredTask.ScoredIndicator> indicators = tasks.get(t).indicators();
            for (int i = 0; indicators != null && i < indicators.size(); i++) {
                ScoredTask.ScoredIndicator indicator = indicators.get(i);
                if (indicator.score() != null && indicator.score().compareTo(BigDecimal.ONE) < 0) {
                    String name = tasks.get(t).name() + "——" + indicator.name();
                    out.add(new Shortfall("task." + (t + 1) + ".indicator." + (i + 1), name, problem(name, indicator.cause(),
                            "完成" + plain(indicator.scorePercent()) + "%"), blankToNull(indicator.remedy())));
                }
            }
        }
        return out;
    }

    /** The longest problem an item holds. */
    public static final int MAX_TEXT = 2000;

    private static String problem(String name, String cause, String lost) {
        String text = name + "：" + (cause == null || cause.isBlank() ? lost + "，未说明偏差原因" : cause.strip());
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }

    private static String plain(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
