package org.jixiao.platform.workflow;

/**
 * Where a department's submission stands with the finance bureau (a self-evaluation, a report): the department edits a
 * DRAFT and submits it; finance accepts it (REVIEWED) or returns it with comments (RETURNED, edited and submitted
 * again); a reviewed submission is filed (FILED, 备案) and no longer changes.
 */
public enum ReviewStatus {
    /** 编制中 */
    DRAFT("编制中"),
    /** 已提交: with the finance bureau; frozen until reviewed. */
    SUBMITTED("已提交"),
    /** 已退回: returned with comments; edited and submitted again. */
    RETURNED("已退回"),
    /** 已审核: accepted by the finance bureau. */
    REVIEWED("已审核"),
    /** 已备案 */
    FILED("已备案");

    public final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    /** Whether the department may still change what it submits. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Submitted at least once and not sent back: counts as done for a deadline. */
    public boolean submitted() {
        return this == SUBMITTED || this == REVIEWED || this == FILED;
    }
}
