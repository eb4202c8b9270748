package org.jixiao.evaluation.domain;

/** What a grade means for next year's budget (结果应用), in the words budget preparation uses. */
public enum BudgetAction {
    /** 优先保障: first in line next year; no ceiling. */
    PRIORITY("优先保障"),
    /** 保障: kept at this year's level. */
    KEEP("保障"),
    /** 核减 X %: next year at least X % below this year. */
    CUT("核减"),
    /** 取消: not funded next year. */
    CANCEL("取消");

    private final String label;

    BudgetAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
