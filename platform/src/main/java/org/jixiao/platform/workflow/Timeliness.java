package org.jixiao.platform.workflow;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * An item of the year's cycle against its deadline (the city sets them): done on time, done late, not done and past
 * due (overdue), not done yet, or without a deadline. Days count in the city's time zone.
 */
public enum Timeliness {
    NO_DEADLINE,
    /** Not done, the deadline not passed. */
    OPEN,
    ON_TIME,
    /** Done after the deadline. */
    LATE,
    /** Not done, the deadline passed. */
    OVERDUE;

    /** The city's time zone: a deadline is the end of that day there. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Whether the board flags it: done late, or overdue. */
    public boolean flagged() {
        return this == LATE || this == OVERDUE;
    }

    /**
     * @param due    the deadline (inclusive: done on that day is on time), or null
     * @param doneAt when the item was done (submitted), or null
     * @param today  the day to judge an open item on
     */
    public static Timeliness of(LocalDate due, OffsetDateTime doneAt, LocalDate today) {
        if (due == null) {
            return NO_DEADLINE;
        }
        if (doneAt != null) {
            return doneAt.atZoneSameInstant(ZONE).toLocalDate().isAfter(due) ? LATE : ON_TIME;
        }
        return today.isAfter(due) ? OVERDUE : OPEN;
    }
}
