package org.jixiao.evaluation.domain;

/** Where a rectification item's problem was found. */
public enum RectificationSource {
    /** 自评: an indicator of the department's own self-evaluation below its full points. */
    SELF_EVALUATION,
    /** 财政重评: the finance bureau's re-evaluation (重点评价, 抽评) or its review of the self-evaluation. */
    FINANCE_REVIEW,
    /** 第三方评价: an evaluation the finance bureau commissioned. */
    THIRD_PARTY,
    /** A FATAL or WARNING finding of a report version (report-service). */
    REPORT_FINDING;

    /** The source of the problems an evaluation of this kind finds. */
    public static RectificationSource of(Kind kind) {
        return switch (kind) {
            case SELF -> SELF_EVALUATION;
            case FINANCE_REVIEW -> FINANCE_REVIEW;
            case THIRD_PARTY -> THIRD_PARTY;
        };
    }
}
