package org.jixiao.evaluation.domain;

/** 数量, 质量, 时效, 成本, 效益, 满意度: the indicator kinds of docs/domain.md. */
public enum IndicatorKind {
    QUANTITY, QUALITY, TIMELINESS, COST, BENEFIT, SATISFACTION
}
