package org.jixiao.platform.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.api.Test;

class PeerCallsTest {
    @Test
    void anAnswerPassesThrough() {
        assertThat(PeerCalls.unavailableUnlessRejected("budget-service", 10, () -> "ok")).isEqualTo("ok");
    }

    @Test
    void aRejectionStaysARejection() {
        PeerRejectedException rejected = new PeerRejectedException("budget-service", 404, "budget-service answered 404");
        assertThatThrownBy(() -> PeerCalls.unavailableUnlessRejected("budget-service", 10, () -> {
            throw rejected;
        })).isSameAs(rejected);
    }

    @Test
    void anOpenCircuitOrADroppedConnectionIsUnavailableWithTheDefaultRetryAfter() {
        assertThatThrownBy(() -> PeerCalls.unavailableUnlessRejected("budget-service", 10, () -> {
            throw new CircuitBreakerOpenException("open");
        })).isInstanceOfSatisfying(PeerUnavailableException.class, e -> {
            assertThat(e.retryAfterSeconds()).isEqualTo(10);
            assertThat(e.getMessage()).contains("circuit open");
        });
        assertThatThrownBy(() -> PeerCalls.unavailableUnlessRejected("evaluation-service", 30, () -> {
            throw new ProcessingException("Connection reset");
        })).isInstanceOfSatisfying(PeerUnavailableException.class, e -> assertThat(e.peer()).isEqualTo("evaluation-service"));
    }

    @Test
    void anInterruptedCallKeepsItsInterruptSoRetriesStop() {
        assertThatThrownBy(() -> PeerCalls.rejectingClientErrors("budget-service", () -> {
            throw new ProcessingException(new InterruptedException("time is up"));
        })).isInstanceOf(ProcessingException.class);
        assertThat(Thread.interrupted()).isTrue();
    }
}
