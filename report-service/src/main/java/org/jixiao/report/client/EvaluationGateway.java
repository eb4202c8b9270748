package org.jixiao.report.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jixiao.platform.peer.PeerCalls;
import org.jixiao.platform.peer.PeerRejectedException;

/**
 * evaluation-service with timeout, retry and one circuit breaker for the whole peer (every call goes through
 * {@link #fetch}). A 4xx is the caller's problem: neither retried nor counted against the peer.
 */
@ApplicationScoped
public class EvaluationGateway {
    public static final String PEER = "evaluation-service";
    /** The most project evaluations a version reads: one page of the list (evaluation-service's largest page is 1000). */
    public static final int MAX_PROJECTS = 100;
    /** The most rectification items of a year a version reads: one page. */
    public static final int MAX_RECTIFICATIONS = 100;

    @Inject
    @RestClient
    EvaluationClient client;

    @Timeout(value = PeerTimings.ATTEMPT_MS, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = PeerTimings.RETRIES, delay = PeerTimings.RETRY_DELAY_MS, jitter = PeerTimings.RETRY_JITTER_MS,
            maxDuration = PeerTimings.CALL_MS, durationUnit = ChronoUnit.MILLIS, abortOn = PeerRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 15, delayUnit = ChronoUnit.SECONDS,
            skipOn = PeerRejectedException.class)
    JsonNode fetch(Supplier<JsonNode> call) {
        return PeerCalls.rejectingClientErrors(PEER, call);
    }

    public JsonNode result(long evaluationId) {
        return fetch(() -> client.result(evaluationId));
    }

    /** The year's deadlines. */
    public JsonNode cycle(int year) {
        return fetch(() -> client.cycle(year));
    }

    /** Every department's progress in the year (targets, monitoring, self-evaluation). */
    public JsonNode progress(int year) {
        return fetch(() -> client.progress(year));
    }

    /** The department's scored and unscored SELF evaluations of projects (项目支出绩效自评) of a year. */
    public JsonNode projectEvaluations(String department, int year) {
        return fetch(() -> client.evaluations(department, year, "SELF", "PROJECT", MAX_PROJECTS));
    }

    /** The department's rectification items (整改) found in a year. */
    public JsonNode rectifications(String department, int year) {
        return fetch(() -> client.rectifications(department, year, MAX_RECTIFICATIONS));
    }
}
