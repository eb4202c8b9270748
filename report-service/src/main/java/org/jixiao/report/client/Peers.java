package org.jixiao.report.client;

import jakarta.ws.rs.WebApplicationException;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/** Classifies peer failures: 4xx → {@link PeerRejectedException}; everything else → unavailable. */
public final class Peers {
    private Peers() {
    }

    /** Inside the fault-tolerant method: a 4xx becomes PeerRejectedException (not retried, not a breaker failure). */
    static <T> T call(String peer, Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            if (status >= 400 && status < 500) {
                throw new PeerRejectedException(peer, status, peer + " answered " + status);
            }
            throw e;
        }
    }

    /** Outside the fault-tolerant method: anything but a rejection means the peer is unavailable. */
    public static <T> T guard(String peer, int defaultRetryAfter, Supplier<T> call) {
        try {
            return call.get();
        } catch (PeerRejectedException e) {
            throw e;
        } catch (CircuitBreakerOpenException e) {
            throw new PeerUnavailableException(peer, defaultRetryAfter, peer + " is unavailable (circuit open after repeated failures)", e);
        } catch (TimeoutException e) {
            throw new PeerUnavailableException(peer, defaultRetryAfter, peer + " did not answer in time", e);
        } catch (WebApplicationException e) {
            int retryAfter = defaultRetryAfter;
            String header = e.getResponse() == null ? null : e.getResponse().getHeaderString("Retry-After");
            if (header != null) {
                try {
                    retryAfter = Math.max(1, Integer.parseInt(header.trim()));
                } catch (NumberFormatException ignored) {
                    // an HTTP date: keep the default
                }
            }
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            throw new PeerUnavailableException(peer, retryAfter, peer + " answered " + status, e);
        } catch (RuntimeException e) {
            throw new PeerUnavailableException(peer, defaultRetryAfter, peer + " is unreachable", e);
        }
    }
}
