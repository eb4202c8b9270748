package org.jixiao.budget.domain;

import java.util.Arrays;
import java.util.Optional;

/** Next year's budget advice of a grade (结果应用), as evaluation-service exports it: codes or their Chinese names. */
public enum BudgetAction {
    PRIORITY("优先保障"),
    KEEP("保障"),
    CUT("核减"),
    CANCEL("取消");

    private final String label;

    BudgetAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** PRIORITY or 优先保障, KEEP or 保障, CUT or 核减, CANCEL or 取消. */
    public static Optional<BudgetAction> parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(a -> a.name().equals(t) || a.label.equals(t)).findFirst();
    }
}
