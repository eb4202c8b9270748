package org.jixiao.platform.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jixiao.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ReviewWorkflowTest {
    private static final ReviewRequest ACCEPT = new ReviewRequest(ReviewDecision.ACCEPT, null);
    private static final ReviewRequest RETURN = new ReviewRequest(ReviewDecision.RETURN, "请补充偏差原因");

    private static int status(Runnable r) {
        try {
            r.run();
            return 200;
        } catch (ProblemException e) {
            return e.status();
        }
    }

    @Test
    void theHappyPathAndTheWayBack() {
        ReviewStatus s = ReviewWorkflow.submit("x", ReviewStatus.DRAFT);
        assertThat(s).isEqualTo(ReviewStatus.SUBMITTED);
        assertThat(ReviewWorkflow.review("x", s, RETURN)).isEqualTo(ReviewStatus.RETURNED);
        assertThat(ReviewWorkflow.submit("x", ReviewStatus.RETURNED)).isEqualTo(ReviewStatus.SUBMITTED);
        assertThat(ReviewWorkflow.review("x", s, ACCEPT)).isEqualTo(ReviewStatus.REVIEWED);
        assertThat(ReviewWorkflow.file("x", ReviewStatus.REVIEWED)).isEqualTo(ReviewStatus.FILED);
    }

    @Test
    void everyTransitionFromAWrongStateIs409() {
        for (ReviewStatus from : ReviewStatus.values()) {
            assertThat(status(() -> ReviewWorkflow.submit("x", from))).as("submit from " + from)
                    .isEqualTo(from == ReviewStatus.DRAFT || from == ReviewStatus.RETURNED ? 200 : 409);
            assertThat(status(() -> ReviewWorkflow.review("x", from, ACCEPT))).as("review from " + from)
                    .isEqualTo(from == ReviewStatus.SUBMITTED ? 200 : 409);
            assertThat(status(() -> ReviewWorkflow.file("x", from))).as("file from " + from)
                    .isEqualTo(from == ReviewStatus.REVIEWED ? 200 : 409);
            assertThat(status(() -> ReviewWorkflow.requireEditable("x", from))).as("edit in " + from)
                    .isEqualTo(from.editable() ? 200 : 409);
        }
    }

    @Test
    void returningNeedsAComment() {
        assertThatThrownBy(() -> ReviewWorkflow.review("x", ReviewStatus.SUBMITTED, new ReviewRequest(ReviewDecision.RETURN, " ")))
                .isInstanceOf(ProblemException.class).extracting(e -> ((ProblemException) e).status()).isEqualTo(422);
        assertThat(status(() -> ReviewWorkflow.review("x", ReviewStatus.SUBMITTED, new ReviewRequest(null, "x")))).isEqualTo(422);
    }

    @Test
    void timelinessCountsTheDueDayInTheCitysTimeZone() {
        LocalDate due = LocalDate.of(2022, 3, 31);
        // 23:30 in Guangzhou on the due day is 15:30 UTC: on time; 00:30 the next day there is 16:30 UTC the due day: late
        assertThat(Timeliness.of(due, OffsetDateTime.of(2022, 3, 31, 15, 30, 0, 0, ZoneOffset.UTC), due)).isEqualTo(Timeliness.ON_TIME);
        assertThat(Timeliness.of(due, OffsetDateTime.of(2022, 3, 31, 16, 30, 0, 0, ZoneOffset.UTC), due)).isEqualTo(Timeliness.LATE);
        assertThat(Timeliness.of(due, null, due)).isEqualTo(Timeliness.OPEN);
        assertThat(Timeliness.of(due, null, due.plusDays(1))).isEqualTo(Timeliness.OVERDUE);
        assertThat(Timeliness.of(null, null, due)).isEqualTo(Timeliness.NO_DEADLINE);
        assertThat(Timeliness.LATE.flagged()).isTrue();
        assertThat(Timeliness.OVERDUE.flagged()).isTrue();
        assertThat(Timeliness.OPEN.flagged()).isFalse();
    }
}
