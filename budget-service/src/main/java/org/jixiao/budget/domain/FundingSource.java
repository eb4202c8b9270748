package org.jixiao.budget.domain;

/** 市本级财政拨款, 上级补助, 上年结转, 其他资金. */
public enum FundingSource {
    MUNICIPAL, TRANSFER, CARRY_OVER, OTHER
}
