package org.jixiao.evaluation.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jixiao.evaluation.config.EvaluationConfig;
import org.jixiao.platform.peer.PeerCalls;
import org.jixiao.platform.peer.PeerRejectedException;
import org.jixiao.platform.peer.PeerUnavailableException;

/**
 * budget-service behind timeout, retry and a circuit breaker. A 4xx is the caller's problem: neither
 * retried nor counted against the peer ({@link PeerRejectedException}); everything else, an answer that
 * does not read as an execution included, reaches callers as {@link PeerUnavailableException}.
 */
@ApplicationScoped
public class BudgetGateway {
    private static final String PEER = "budget-service";

    private final BudgetClient client;
    private final Guarded guarded;
    private final EvaluationConfig config;
    private final ObjectMapper mapper;

    BudgetGateway(@RestClient BudgetClient client, Guarded guarded, EvaluationConfig config, ObjectMapper mapper) {
        this.client = client;
        this.guarded = guarded;
        this.config = config;
        this.mapper = mapper;
    }

    /** The execution of a department-year as of a date, in a scope (MUNICIPAL or ALL). */
    public Fetched<BudgetExecution> execution(String department, int year, String asOf, String scope) {
        return fetch(() -> client.execution(department, year, asOf, scope), BudgetExecution.class, "an execution");
    }

    /** A project's execution (its lines across funding sources) as of a date; a 404 when it has no line that year. */
    public Fetched<ProjectBudget> projectExecution(String department, int year, String projectKey, String asOf) {
        return fetch(() -> client.projectExecution(department, year, projectKey, asOf), ProjectBudget.class,
                "a project execution");
    }

    /** The city ranking by spending progress as of a date, in a scope. */
    public Fetched<CityRanking> ranking(int year, String asOf, String scope) {
        return fetch(() -> client.ranking(year, asOf, scope), CityRanking.class, "a ranking");
    }

    private <T> Fetched<T> fetch(Supplier<JsonNode> call, Class<T> type, String what) {
        JsonNode raw = PeerCalls.unavailableUnlessRejected(PEER, config.peerRetryAfterSeconds(), () -> guarded.call(call));
        return new Fetched<>(read(raw, type, what), raw);
    }

    private <T> T read(JsonNode raw, Class<T> type, String what) {
        String problem = "not a JSON object";
        if (raw != null && raw.isObject()) {
            try {
                return mapper.treeToValue(raw, type);
            } catch (JsonProcessingException e) {
                problem = e.getOriginalMessage();
            }
        }
        throw new PeerUnavailableException(PEER, config.peerRetryAfterSeconds(),
                PEER + " answered something that is not " + what + ": " + problem, null);
    }

    /**
     * The fault-tolerance boundary, a separate bean so the interceptors apply. A peer that hangs costs the
     * caller at most two attempts of 1.5 s and the pause between them (about 3.2 s), never more: the REST
     * client's read timeout is the same 1.5 s, and no retry starts once 2 s have passed since the first.
     */
    @ApplicationScoped
    public static class Guarded {
        @Timeout(value = 1500, unit = ChronoUnit.MILLIS)
        @Retry(maxRetries = 1, delay = 100, jitter = 50, maxDuration = 2000, durationUnit = ChronoUnit.MILLIS,
                abortOn = {PeerRejectedException.class, CircuitBreakerOpenException.class})
        @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
                skipOn = PeerRejectedException.class)
        public <T> T call(Supplier<T> call) {
            return PeerCalls.rejectingClientErrors(PEER, call);
        }
    }
}
