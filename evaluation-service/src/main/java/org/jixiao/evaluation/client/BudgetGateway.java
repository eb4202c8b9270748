package org.jixiao.evaluation.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * budget-service behind timeout, retry and a circuit breaker. A 4xx is the caller's problem: neither
 * retried nor counted against the peer. Callers see {@link PeerUnavailableException} for the rest.
 */
@ApplicationScoped
public class BudgetGateway {
    private final BudgetClient client;
    private final Guarded guarded;

    public BudgetGateway(@RestClient BudgetClient client, Guarded guarded) {
        this.client = client;
        this.guarded = guarded;
    }

    public JsonNode execution(String department, int year, String asOf, String scope) {
        try {
            return guarded.call(() -> client.execution(department, year, asOf, scope));
        } catch (PeerRejectedException e) {
            throw e;
        } catch (CircuitBreakerOpenException e) {
            throw new PeerUnavailableException("budget-service is failing; calls are paused (circuit open)", e);
        } catch (TimeoutException e) {
            throw new PeerUnavailableException("budget-service did not answer in time", e);
        } catch (WebApplicationException e) {
            throw new PeerUnavailableException("budget-service is unavailable: it answered "
                    + e.getResponse().getStatus(), e);
        } catch (RuntimeException e) {
            throw new PeerUnavailableException("budget-service is unavailable: it could not be reached or dropped the "
                    + "connection", e);
        }
    }

    /** The fault-tolerance boundary, a separate bean so the interceptors apply. */
    @ApplicationScoped
    public static class Guarded {
        @Timeout(value = 3, unit = ChronoUnit.SECONDS)
        @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = {PeerRejectedException.class, CircuitBreakerOpenException.class})
        @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
                skipOn = PeerRejectedException.class)
        public JsonNode call(java.util.function.Supplier<JsonNode> call) {
            try {
                return call.get();
            } catch (WebApplicationException e) {
                int status = e.getResponse().getStatus();
                if (status >= 400 && status < 500) {
                    String body = "";
                    try {
                        body = e.getResponse().readEntity(String.class);
                    } catch (RuntimeException ignored) {
                        // the status alone says enough
                    }
                    throw new PeerRejectedException(status, "budget-service answered " + status + ": " + body);
                }
                throw e;
            }
        }
    }
}
