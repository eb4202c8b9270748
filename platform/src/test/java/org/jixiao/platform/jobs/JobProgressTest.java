package org.jixiao.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JobProgressTest {
    @Test
    void remainingIsWhatIsPendingOrRunning() {
        JobProgress p = JobProgress.of(Map.of(ItemStatus.PENDING, 3L, ItemStatus.RUNNING, 2L, ItemStatus.DONE, 10L, ItemStatus.FAILED, 1L));
        assertThat(p.total()).isEqualTo(16);
        assertThat(p.remaining()).isEqualTo(5);
        assertThat(p.total()).isEqualTo(p.done() + p.failed() + p.remaining());
        assertThat(p.complete()).isFalse();
    }

    @Test
    void aJobWithFailedItemsIsCompleteWhenNothingRemains() {
        assertThat(JobProgress.of(Map.of(ItemStatus.DONE, 4L, ItemStatus.FAILED, 1L)).complete()).isTrue();
        assertThat(JobProgress.of(Map.of()).complete()).as("a job of no items").isTrue();
    }

    @Test
    void countsAreNeverNegative() {
        assertThatThrownBy(() -> new JobProgress(-1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
