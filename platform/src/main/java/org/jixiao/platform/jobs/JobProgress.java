package org.jixiao.platform.jobs;

import java.util.Map;

/** How far a job is: counts of its items by status (one GROUP BY), and what follows from them. */
public record JobProgress(long pending, long running, long done, long failed) {
    public JobProgress {
        if (pending < 0 || running < 0 || done < 0 || failed < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    public static JobProgress of(Map<ItemStatus, Long> counts) {
        return new JobProgress(counts.getOrDefault(ItemStatus.PENDING, 0L), counts.getOrDefault(ItemStatus.RUNNING, 0L),
                counts.getOrDefault(ItemStatus.DONE, 0L), counts.getOrDefault(ItemStatus.FAILED, 0L));
    }

    public long total() {
        return pending + running + done + failed;
    }

    /** Items still to run: pending ones and those being run now. */
    public long remaining() {
        return pending + running;
    }

    /** Every item has an outcome (DONE or FAILED): a failed item does not fail the job. */
    public boolean complete() {
        return remaining() == 0;
    }
}
