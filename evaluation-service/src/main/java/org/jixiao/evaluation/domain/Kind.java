package org.jixiao.evaluation.domain;

/** 自评, 财政重评, 第三方评价. */
public enum Kind {
    SELF, FINANCE_REVIEW, THIRD_PARTY
}
