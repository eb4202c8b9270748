package org.jixiao.evaluation.domain;

/** 数量, 质量, 时效, 成本, 效益, 满意度 (财预〔2021〕101号). */
public enum IndicatorKind {
    QUANTITY, QUALITY, TIMELINESS, COST, BENEFIT, SATISFACTION
}
