package org.jixiao.evaluation.domain;

/** 绩效目标 lifecycle: DRAFT → SUBMITTED → APPROVED, or RETURNED (edited and submitted again). */
public enum TargetStatus {
    /** 编制中: the department edits. */
    DRAFT,
    /** 已申报: with the finance bureau for review. */
    SUBMITTED,
    /** 已批复: immutable; changed only by an adjustment (a new version). */
    APPROVED,
    /** 已退回: returned with a comment; edited and submitted again. */
    RETURNED
}
