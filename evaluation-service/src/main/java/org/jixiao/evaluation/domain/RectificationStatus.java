package org.jixiao.evaluation.domain;

import java.time.LocalDate;
import org.jixiao.platform.workflow.Timeliness;

/**
 * Where a rectification item (整改事项) stands: OPEN (未开始) → IN_PROGRESS (整改中) → DONE (已完成, with evidence).
 * OVERDUE (逾期未完成) is never stored: an item not DONE whose deadline has passed in the city's time zone.
 */
public enum RectificationStatus {
    OPEN("未开始"),
    IN_PROGRESS("整改中"),
    DONE("已完成"),
    OVERDUE("逾期未完成");

    private final String label;

    RectificationStatus(String label) {
        this.label = label;
    }

    /** How the report and the evaluation print it. */
    public String label() {
        return label;
    }

    /** Whether the status is stored (OPEN, IN_PROGRESS, DONE) rather than derived (OVERDUE). */
    public boolean stored() {
        return this != OVERDUE;
    }

    /**
     * The status as users see it on {@code today}: OVERDUE when not DONE and the deadline (inclusive, Asia/Shanghai)
     * has passed, else the stored one. The same rule as a late self-evaluation ({@link Timeliness}).
     */
    public static RectificationStatus effective(RectificationStatus stored, LocalDate deadline, LocalDate today) {
        if (stored == DONE) {
            return DONE;
        }
        return Timeliness.of(deadline, null, today) == Timeliness.OVERDUE ? OVERDUE : stored;
    }

    /** Today in the city's time zone: what OVERDUE is judged on. */
    public static LocalDate today() {
        return LocalDate.now(Timeliness.ZONE);
    }
}
