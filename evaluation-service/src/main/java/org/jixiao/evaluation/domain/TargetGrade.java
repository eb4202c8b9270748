package org.jixiao.evaluation.domain;

/** 审核等级 the finance bureau gives a target set in its review. */
public enum TargetGrade {
    EXCELLENT("优"),
    GOOD("良"),
    FAIR("中"),
    POOR("差");

    private final String label;

    TargetGrade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
