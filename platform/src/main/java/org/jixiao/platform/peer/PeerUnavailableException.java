package org.jixiao.platform.peer;

/** A peer is down, slow, failing or behind an open circuit: the caller gets 503 with Retry-After. */
public class PeerUnavailableException extends RuntimeException {
    private final String peer;
    private final int retryAfterSeconds;

    public PeerUnavailableException(String peer, int retryAfterSeconds, String detail, Throwable cause) {
        super(detail, cause);
        this.peer = peer;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public String peer() {
        return peer;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
