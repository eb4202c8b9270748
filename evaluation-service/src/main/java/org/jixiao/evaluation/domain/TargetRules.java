package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.platform.json.StrictJson;
import org.jixiao.platform.json.StrictText;
import org.jixiao.platform.problem.FieldError;

/**
 * What makes a target set's content valid (docs/scoring.md, "Performance targets"): every problem named by its
 * field from the request's root ({@code indicators[2].unit}, {@code tasks[0].indicators[1].value}).
 */
public final class TargetRules {
    /** The longest qualitative value (指标值 text). */
    public static final int MAX_VALUE_TEXT = 200;

    private TargetRules() {
    }

    /**
     * @param projectPoints    what a PROJECT set's indicator weights add up to (90: 100 minus 10 for 预算执行率)
     * @param departmentPoints what a DEPARTMENT set's key task points add up to (50: DEPT-OVERALL's DUTY node)
     */
    public static List<FieldError> content(TargetScope scope, TargetContent content, BigDecimal projectPoints,
                                           BigDecimal departmentPoints) {
        List<FieldError> problems = new ArrayList<>();
        if (blank(content.goal())) {
            problems.add(new FieldError("goal", "is required: the annual overall goal (年度总体目标)"));
        }
        if (scope == TargetScope.PROJECT) {
            if (!content.tasks().isEmpty()) {
                problems.add(new FieldError("tasks", "a PROJECT target set holds indicators, not key tasks"));
            }
            if (content.indicators().isEmpty()) {
                problems.add(new FieldError("indicators", "a PROJECT target set needs at least one indicator"));
                return problems;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < content.indicators().size(); i++) {
                TargetIndicator indicator = content.indicators().get(i);
                indicator("indicators[" + i + "]", indicator, problems);
                if (indicator != null && indicator.weight() != null) {
                    sum = sum.add(indicator.weight());
                }
            }
            if (sum.compareTo(projectPoints) != 0) {
                problems.add(new FieldError("indicators", "weights add up to " + sum.stripTrailingZeros().toPlainString()
                        + ", must add up to " + projectPoints.stripTrailingZeros().toPlainString()));
            }
        } else {
            if (!content.indicators().isEmpty()) {
                problems.add(new FieldError("indicators", "a DEPARTMENT target set holds key tasks (tasks[].indicators)"));
            }
            if (content.tasks().isEmpty()) {
                problems.add(new FieldError("tasks", "a DEPARTMENT target set needs at least one key task"));
                return problems;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (int t = 0; t < content.tasks().size(); t++) {
                TargetTask task = content.tasks().get(t);
                String at = "tasks[" + t + "]";
                if (task == null) {
                    problems.add(new FieldError(at, "must be a key task, not null"));
                    continue;
                }
                if (blank(task.name())) {
                    problems.add(new FieldError(at + ".name", "is required"));
                }
                if (task.points() == null || task.points().signum() <= 0) {
                    problems.add(new FieldError(at + ".points", "must be more than 0"));
                } else {
                    sum = sum.add(task.points());
                }
                if (task.indicators().isEmpty()) {
                    problems.add(new FieldError(at + ".indicators", "a key task needs at least one indicator"));
                }
                for (int i = 0; i < task.indicators().size(); i++) {
                    indicator(at + ".indicators[" + i + "]", task.indicators().get(i), problems);
                }
            }
            if (sum.compareTo(departmentPoints) != 0) {
                problems.add(new FieldError("tasks", "points add up to " + sum.stripTrailingZeros().toPlainString()
                        + ", must add up to " + departmentPoints.stripTrailingZeros().toPlainString()));
            }
        }
        return problems;
    }

    private static void indicator(String at, TargetIndicator indicator, List<FieldError> problems) {
        if (indicator == null) {
            problems.add(new FieldError(at, "must be an indicator, not null"));
            return;
        }
        if (blank(indicator.name())) {
            problems.add(new FieldError(at + ".name", "is required: the 三级指标"));
        }
        if (indicator.level1() == null) {
            problems.add(new FieldError(at + ".level1", "is required: OUTPUT, COST, BENEFIT or SATISFACTION"));
        }
        if (indicator.level2() == null) {
            problems.add(new FieldError(at + ".level2", "is required"));
        } else if (indicator.level1() != null && indicator.level2().parent() != indicator.level1()) {
            problems.add(new FieldError(at + ".level2", indicator.level2() + " (" + indicator.level2().label() + ") is under "
                    + indicator.level2().parent() + ", not " + indicator.level1()));
        }
        if (indicator.weight() == null || indicator.weight().signum() <= 0) {
            problems.add(new FieldError(at + ".weight", "must be more than 0"));
        }
        if (indicator.nature() == null) {
            problems.add(new FieldError(at + ".nature", "is required: GE, LE, EQ or QUALITATIVE"));
            return;
        }
        Object value = indicator.value();
        if (indicator.nature() == Direction.QUALITATIVE) {
            if (!(value instanceof String text) || text.isBlank()) {
                problems.add(new FieldError(at + ".value", "must be a text for a QUALITATIVE indicator"));
            } else {
                String problem = text.length() > MAX_VALUE_TEXT ? "must be at most " + MAX_VALUE_TEXT + " characters"
                        : StrictText.problem(text);
                if (problem != null) {
                    problems.add(new FieldError(at + ".value", problem));
                }
            }
            return;
        }
        if (!(value instanceof Number number)) {
            problems.add(new FieldError(at + ".value", "must be a number for a " + indicator.nature() + " indicator"
                    + (value == null ? "" : ", not a text")));
        } else {
            String problem = bounds(number);
            if (problem != null) {
                problems.add(new FieldError(at + ".value", problem));
            }
        }
        if (blank(indicator.unit())) {
            problems.add(new FieldError(at + ".unit", "is required for a " + indicator.nature() + " indicator (度量单位)"));
        }
    }

    /** The value as a decimal: what a number in a request or a JSON column may be. */
    public static BigDecimal decimal(Number number) {
        if (number instanceof BigDecimal b) {
            return b;
        }
        if (number instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (number instanceof Double || number instanceof Float) {
            return BigDecimal.valueOf(number.doubleValue());
        }
        return BigDecimal.valueOf(number.longValue());
    }

    /** Why a number is refused (not finite, too many digits), or null. */
    static String bounds(Number number) {
        if ((number instanceof Double || number instanceof Float)
                && (Double.isNaN(number.doubleValue()) || Double.isInfinite(number.doubleValue()))) {
            return "must be a finite number";
        }
        if (number instanceof BigInteger i && i.bitLength() > 64) {
            return "must have at most " + StrictJson.MAX_INTEGER_DIGITS + " integer digits";
        }
        return StrictJson.bounds(decimal(number));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
