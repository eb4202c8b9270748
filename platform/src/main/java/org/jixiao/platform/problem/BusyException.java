package org.jixiao.platform.problem;

/** The service is at its limit of concurrent work and the request waited its turn too long: 503 with Retry-After. */
public class BusyException extends RuntimeException {
    private final int retryAfterSeconds;

    public BusyException(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
