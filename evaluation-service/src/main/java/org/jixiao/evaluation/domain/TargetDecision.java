package org.jixiao.evaluation.domain;

/** The finance bureau's review of a submitted target set: 批复 (approve) or 退回 (return, with a comment). */
public enum TargetDecision {
    APPROVE,
    RETURN
}
