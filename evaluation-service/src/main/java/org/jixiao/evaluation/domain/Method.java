package org.jixiao.evaluation.domain;

/** Scoring methods (docs/scoring.md, Methods). The code holds methods; a city's weights are data. */
public enum Method {
    /** points × min(executionRate, 1), from budget-service data. */
    EXECUTION_RATE,
    /** points × min(actual/target, 1) (GE), min(target/actual, 1) (LE), full when equal (EQ). */
    TARGET_RATIO,
    /** 定性: a tier (ACHIEVED, PARTIAL, NOT_ACHIEVED) and a fraction inside its band. */
    TIERED,
    /** Full points minus a per-unit deduction past a threshold, floored at 0. */
    DEDUCTION,
    /** points × min(1, progress ÷ time progress), averaged over checkpoint months. */
    SPENDING_PROGRESS,
    /** A score in [0, points] with a justification. */
    MANUAL,
    /** The sum of key-task scores (履职效能). */
    TASKS,
    /** The sum of the children. */
    SUM
}
