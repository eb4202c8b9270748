package org.jixiao.evaluation.rest;

/**
 * The bounds of what a client may send, beyond the platform's strict JSON (15 integer digits, 10 decimals):
 * documented in the OpenAPI schema by the validation annotations that use them, refused with a 400 naming
 * the field. docs/scoring.md lists them.
 */
final class Limits {
    /** Points of a framework node or key task: a framework scores at most 1000 (the total column holds 99999.99). */
    static final String MAX_POINTS = "1000";
    /** Targets and actuals: plausible counts, rates and amounts in yuan, at most a trillion either way. */
    static final String MIN_AMOUNT = "-1000000000000";
    static final String MAX_AMOUNT = "1000000000000";
    /** An indicator's weight inside its key task. */
    static final String MAX_WEIGHT = "1000";
    /** A cause, remedy or justification. */
    static final int MAX_EXPLANATION = 2000;
    /** Names of frameworks, nodes, key tasks and indicators (the framework name column holds 200). */
    static final int MAX_NAME = 200;

    private Limits() {
    }
}
