package org.jixiao.report.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jixiao.platform.peer.PeerCalls;
import org.jixiao.platform.peer.PeerRejectedException;

/** evaluation-service with timeout, retry and circuit breaker. */
@ApplicationScoped
public class EvaluationGateway {
    public static final String PEER = "evaluation-service";

    @Inject
    @RestClient
    EvaluationClient client;

    @Timeout(value = PeerTimings.ATTEMPT_MS, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = PeerTimings.RETRIES, delay = PeerTimings.RETRY_DELAY_MS, jitter = PeerTimings.RETRY_JITTER_MS,
            maxDuration = PeerTimings.CALL_MS, durationUnit = ChronoUnit.MILLIS, abortOn = PeerRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 15, delayUnit = ChronoUnit.SECONDS,
            skipOn = PeerRejectedException.class)
    public JsonNode result(long evaluationId) {
        return PeerCalls.rejectingClientErrors(PEER, () -> client.result(evaluationId));
    }
}
