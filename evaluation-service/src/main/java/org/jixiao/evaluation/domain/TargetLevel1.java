package org.jixiao.evaluation.domain;

/** 一级指标 of a performance target. */
public enum TargetLevel1 {
    OUTPUT("产出"),
    COST("成本"),
    BENEFIT("效益"),
    SATISFACTION("满意度");

    private final String label;

    TargetLevel1(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
