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
 * budget-service with timeout, retry and one circuit breaker for the whole peer (every call goes through
 * {@link #fetch}). A 4xx is the caller's problem: neither retried nor counted against the peer.
 */
@ApplicationScoped
public class BudgetGateway {
    public static final String PEER = "budget-service";

    @Inject
    @RestClient
    BudgetClient client;

    /** The largest page budget-service serves. */
    public static final int MAX_PAGE = 1000;

    /** A page of the city's departments (up to {@link #MAX_PAGE}). */
    public JsonNode departments(int page) {
        return fetch(() -> client.departments(page, MAX_PAGE));
    }

    public JsonNode department(String code) {
        return fetch(() -> client.department(code));
    }

    public JsonNode execution(String code, int year, String asOf, String scope) {
        return fetch(() -> client.execution(code, year, asOf, scope));
    }

    public JsonNode ranking(int year, String asOf, String scope) {
        return fetch(() -> client.ranking(year, asOf, scope));
    }

    @Timeout(value = PeerTimings.ATTEMPT_MS, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = PeerTimings.RETRIES, delay = PeerTimings.RETRY_DELAY_MS, jitter = PeerTimings.RETRY_JITTER_MS,
            maxDuration = PeerTimings.CALL_MS, durationUnit = ChronoUnit.MILLIS, abortOn = PeerRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 15, delayUnit = ChronoUnit.SECONDS,
            skipOn = PeerRejectedException.class)
    JsonNode fetch(Supplier<JsonNode> call) {
        return PeerCalls.rejectingClientErrors(PEER, call);
    }
}
