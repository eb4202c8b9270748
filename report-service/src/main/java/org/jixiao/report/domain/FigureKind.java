package org.jixiao.report.domain;

/** What a figure measures, which decides how it prints. */
public enum FigureKind {
    /** yuan, printed in 万元 with 2 decimals (no unit: the text writes 万元). */
    AMOUNT,
    /** percent, printed with 2 decimals and "%". */
    PERCENT,
    /** points of a score, "93.16" or "50". */
    SCORE,
    /** a rank or a count, integer. */
    INTEGER,
    /** any other number, printed as is. */
    NUMBER,
    /** words. */
    TEXT
}
