package org.jixiao.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.evaluation.domain.RectificationStatus.DONE;
import static org.jixiao.evaluation.domain.RectificationStatus.IN_PROGRESS;
import static org.jixiao.evaluation.domain.RectificationStatus.OPEN;
import static org.jixiao.evaluation.domain.RectificationStatus.OVERDUE;

import java.time.LocalDate;
import org.jixiao.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class RectificationWorkflowTest {
    private static final LocalDate DEADLINE = LocalDate.of(2022, 6, 30);

    @Test
    void anItemMovesOpenToInProgressToDoneOrStraightToDone() {
        assertThat(RectificationWorkflow.progress("item", OPEN, IN_PROGRESS, null)).isEqualTo(IN_PROGRESS);
        assertThat(RectificationWorkflow.progress("item", IN_PROGRESS, DONE, "已修订制度")).isEqualTo(DONE);
        assertThat(RectificationWorkflow.progress("item", OPEN, DONE, "已修订制度")).isEqualTo(DONE);
    }

    @Test
    void doneIsFinalAndThereIsNoWayBackOrStandingStill() {
        assertStatus(() -> RectificationWorkflow.progress("item", DONE, IN_PROGRESS, null), 409);
        assertStatus(() -> RectificationWorkflow.progress("item", DONE, DONE, "again"), 409);
        assertStatus(() -> RectificationWorkflow.progress("item", IN_PROGRESS, OPEN, null), 409);
        assertStatus(() -> RectificationWorkflow.progress("item", IN_PROGRESS, IN_PROGRESS, null), 409);
        assertStatus(() -> RectificationWorkflow.progress("item", OPEN, OPEN, null), 409);
        assertStatus(() -> RectificationWorkflow.requireEditable("item", DONE), 409);
        RectificationWorkflow.requireEditable("item", IN_PROGRESS);
    }

    @Test
    void doneNeedsEvidenceAndOverdueIsNeverSet() {
        assertStatus(() -> RectificationWorkflow.progress("item", IN_PROGRESS, DONE, null), 422);
        assertStatus(() -> RectificationWorkflow.progress("item", IN_PROGRESS, DONE, "  "), 422);
        assertStatus(() -> RectificationWorkflow.progress("item", OPEN, OVERDUE, "x"), 422);
        assertStatus(() -> RectificationWorkflow.progress("item", OPEN, null, null), 422);
    }

    @Test
    void anItemNotDoneIsOverdueFromTheDayAfterItsDeadline() {
        assertThat(RectificationStatus.effective(OPEN, DEADLINE, DEADLINE)).isEqualTo(OPEN);
        assertThat(RectificationStatus.effective(IN_PROGRESS, DEADLINE, DEADLINE.plusDays(1))).isEqualTo(OVERDUE);
        assertThat(RectificationStatus.effective(OPEN, DEADLINE, DEADLINE.plusDays(1))).isEqualTo(OVERDUE);
        assertThat(RectificationStatus.effective(DONE, DEADLINE, DEADLINE.plusYears(1))).isEqualTo(DONE);
        assertThat(RectificationStatus.effective(OPEN, null, DEADLINE.plusYears(9))).isEqualTo(OPEN);
    }

    @Test
    void statusesPrintInChinese() {
        assertThat(OVERDUE.label()).isEqualTo("逾期未完成");
        assertThat(IN_PROGRESS.label()).isEqualTo("整改中");
    }

    private static void assertStatus(Runnable move, int status) {
        assertThatThrownBy(move::run).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(status));
    }
}
