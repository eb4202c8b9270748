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
    /**
     * The project's own indicators from its approved performance targets (绩效目标), their weights normalised to the
     * node's points: replaced by a SUM of 一级 and 二级 groups of TARGET_RATIO and TIERED leaves when an evaluation
     * is opened (domain/TargetTree).
     */
    TARGET_INDICATORS,
    /** Points from the department's place in the city's spending-progress ranking (支出进度排名), by rank bands. */
    RANKING,
    /** The sum of the children. */
    SUM
}
