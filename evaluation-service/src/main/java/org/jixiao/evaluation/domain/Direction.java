package org.jixiao.evaluation.domain;

/** How an indicator's actual is compared with its target. */
public enum Direction {
    /** the more the better (≥ target). */
    GE,
    /** the less the better (≤ target). */
    LE,
    /** exactly the target. */
    EQ,
    /** 定性: judged by tier, not by a number. */
    QUALITATIVE
}
