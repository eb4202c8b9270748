package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The results-application policy (结果应用): per grade code (EXCELLENT, GOOD, FAIR, POOR as configured in the grade
 * bands) what next year's budget should do, for a department and for a project (a project may be treated harder:
 * 差 cancels a project but cuts a department).
 */
public record ResultsPolicy(Map<String, Rule> rules) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A grade's rule; the project action and cut default to the department's. */
    public record Rule(BudgetAction action, BigDecimal cutPercent, BudgetAction projectAction, BigDecimal projectCutPercent) {
        public Rule(BudgetAction action, BigDecimal cutPercent) {
            this(action, cutPercent, null, null);
        }
    }

    /**
     * What applies: the action, the least cut against this year's budget in percent (0 to keep, 100 to cancel, none
     * for priority) and the wording budget preparation reads ("核减10%").
     */
    public record Advice(BudgetAction action, BigDecimal cutPercent, String wording) {
        /** The advice as a score result states it: the wording budget preparation imports, then what it means. */
        public String statement() {
            return wording + "：" + switch (action) {
                case PRIORITY -> "下年度预算优先安排";
                case KEEP -> "下年度预算原则上维持本年度规模";
                case CUT -> "下年度预算在本年度基础上核减" + cutPercent.toPlainString() + "%";
                case CANCEL -> "下年度原则上不再安排";
            };
        }
    }

    /** Rules are kept by upper-case grade code, each checked: a cut needs a percent above 0 and below 100. */
    public ResultsPolicy {
        Map<String, Rule> byCode = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        rules.forEach((code, rule) -> {
            check(code, rule.action(), rule.cutPercent(), problems);
            if (rule.projectAction() != null || rule.projectCutPercent() != null) {
                check(code + " (project)", rule.projectAction() == null ? rule.action() : rule.projectAction(),
                        rule.projectCutPercent() == null ? rule.cutPercent() : rule.projectCutPercent(), problems);
            }
            byCode.put(code.toUpperCase(Locale.ROOT), rule);
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("results policy: " + String.join("; ", problems));
        }
        rules = Map.copyOf(byCode);
    }

    /** The grade codes (of the configured bands) that have no rule: a configuration error. */
    public List<String> missing(Collection<String> gradeCodes) {
        return gradeCodes.stream().filter(c -> !rules.containsKey(c.toUpperCase(Locale.ROOT))).toList();
    }

    /** The advice for a grade of a department (no project) or a project; null when the grade has no rule. */
    public Advice advise(String gradeCode, EvaluationSubject subject) {
        Rule rule = gradeCode == null ? null : rules.get(gradeCode.toUpperCase(Locale.ROOT));
        if (rule == null) {
            return null;
        }
        BudgetAction action = rule.action();
        BigDecimal cut = rule.cutPercent();
        if (subject == EvaluationSubject.PROJECT && (rule.projectAction() != null || rule.projectCutPercent() != null)) {
            action = rule.projectAction() == null ? action : rule.projectAction();
            cut = rule.projectCutPercent() == null ? cut : rule.projectCutPercent();
        }
        return switch (action) {
            case PRIORITY -> new Advice(action, null, action.label());
            case KEEP -> new Advice(action, BigDecimal.ZERO, action.label());
            case CUT -> new Advice(action, plain(cut), action.label() + plain(cut).toPlainString() + "%");
            case CANCEL -> new Advice(action, HUNDRED, action.label());
        };
    }

    /** 10, not 1E+1 nor 10.00: a percent as users write it. */
    private static BigDecimal plain(BigDecimal percent) {
        BigDecimal stripped = percent.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static void check(String code, BudgetAction action, BigDecimal cut, List<String> problems) {
        if (action == null) {
            problems.add(code + ": an action is required (PRIORITY, KEEP, CUT or CANCEL)");
        } else if (action == BudgetAction.CUT && (cut == null || cut.signum() <= 0 || cut.compareTo(HUNDRED) >= 0)) {
            problems.add(code + ": CUT needs a cut percent above 0 and below 100, got " + cut);
        }
    }
}
