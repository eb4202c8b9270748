package org.jixiao.evaluation.domain;

/** 定性 indicator tiers: 达成, 部分达成, 未达成. */
public enum Tier {
    ACHIEVED, PARTIAL, NOT_ACHIEVED
}
