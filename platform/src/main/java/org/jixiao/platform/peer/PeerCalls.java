package org.jixiao.platform.peer;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Classifies what a peer call ends with, in two steps around the fault-tolerant method of a client
 * bean: {@link #rejectingClientErrors} inside it (a 4xx is the caller's problem: neither retried nor
 * counted by the breaker), {@link #unavailableUnlessRejected} outside it (everything else means the
 * peer is unavailable: 503 with Retry-After, the peer's own when it sent one).
 */
public final class PeerCalls {
    private static final int MAX_BODY_IN_MESSAGE = 500;

    private PeerCalls() {
    }

    /**
     * Inside the fault-tolerant method: a 4xx becomes {@link PeerRejectedException} with the peer's detail. The
     * thread's interrupt is kept: the REST client turns an interrupt (a caller's time is up) into a
     * ProcessingException and clears the flag, which @Retry would take for a failed attempt and try again.
     */
    public static <T> T rejectingClientErrors(String peer, Supplier<T> call) {
        try {
            return call.get();
        } catch (ProcessingException e) {
            if (e.getCause() instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw e;
        } catch (WebApplicationException e) {
            int status = status(e);
            if (status == 401 || status == 403) {
                throw new PeerAccessDeniedException(peer, status, peer + " answered " + status + body(e.getResponse()));
            }
            if (status >= 400 && status < 500) {
                throw new PeerRejectedException(peer, status, peer + " answered " + status + body(e.getResponse()));
            }
            throw e;
        }
    }

    /** Outside the fault-tolerant method: anything but a rejection becomes {@link PeerUnavailableException}. */
    public static <T> T unavailableUnlessRejected(String peer, int defaultRetryAfterSeconds, Supplier<T> call) {
        try {
            return call.get();
        } catch (PeerRejectedException e) {
            throw e;
        } catch (CircuitBreakerOpenException e) {
            throw new PeerUnavailableException(peer, defaultRetryAfterSeconds,
                    peer + " is failing; calls are paused (circuit open)", e);
        } catch (TimeoutException e) {
            throw new PeerUnavailableException(peer, defaultRetryAfterSeconds, peer + " did not answer in time", e);
        } catch (WebApplicationException e) {
            throw new PeerUnavailableException(peer, retryAfter(e.getResponse(), defaultRetryAfterSeconds),
                    peer + " is unavailable: it answered " + status(e), e);
        } catch (RuntimeException e) {
            throw new PeerUnavailableException(peer, defaultRetryAfterSeconds,
                    peer + " is unavailable: it could not be reached or dropped the connection", e);
        }
    }

    private static int status(WebApplicationException e) {
        return e.getResponse() == null ? 0 : e.getResponse().getStatus();
    }

    /** The peer's Retry-After in seconds; an HTTP date or garbage keeps the default. */
    static int retryAfter(Response response, int defaultSeconds) {
        String header = response == null ? null : response.getHeaderString("Retry-After");
        if (header == null) {
            return defaultSeconds;
        }
        try {
            return Math.max(1, Integer.parseInt(header.trim()));
        } catch (NumberFormatException e) {
            return defaultSeconds;
        }
    }

    private static String body(Response response) {
        try {
            String body = response == null ? null : response.readEntity(String.class);
            if (body == null || body.isBlank()) {
                return "";
            }
            return ": " + (body.length() > MAX_BODY_IN_MESSAGE ? body.substring(0, MAX_BODY_IN_MESSAGE) + "…" : body);
        } catch (RuntimeException e) {
            return ""; // the status alone says enough
        }
    }
}
