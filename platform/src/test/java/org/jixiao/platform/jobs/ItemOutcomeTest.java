package org.jixiao.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ItemOutcomeTest {
    @Test
    void a2xxIsDone() {
        assertThat(ItemOutcome.of(200, "{}")).isEqualTo(new ItemOutcome(ItemStatus.DONE, 200, null));
        assertThat(ItemOutcome.of(201, null).status()).isEqualTo(ItemStatus.DONE);
    }

    @Test
    void aProblemIsFailedWithItsTitleAndDetail() {
        ItemOutcome outcome = ItemOutcome.of(422, "{\"type\":\"https://jixiao.org/problems/domain-rule\",\"title\":"
                + "\"Unprocessable request\",\"status\":422,\"detail\":\"budget-service has no execution data for GZ-GONE in 2021 (404)\"}");
        assertThat(outcome.status()).isEqualTo(ItemStatus.FAILED);
        assertThat(outcome.httpStatus()).isEqualTo(422);
        assertThat(outcome.reason()).isEqualTo("Unprocessable request: budget-service has no execution data for GZ-GONE in 2021 (404)");
    }

    @Test
    void anAnswerWithoutAProblemIsFailedWithItsStatus() {
        assertThat(ItemOutcome.of(503, "<html>down</html>").reason()).isEqualTo("HTTP 503");
        assertThat(ItemOutcome.of(500, "{\"title\":\"Internal error\"}").reason()).isEqualTo("Internal error");
    }

    @Test
    void aLongReasonIsClipped() {
        assertThat(ItemOutcome.failed(null, "x".repeat(5000)).reason()).hasSize(ItemOutcome.MAX_REASON);
    }

    @Test
    void anOutcomeIsDoneOrFailed() {
        assertThatThrownBy(() -> new ItemOutcome(ItemStatus.RUNNING, null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
