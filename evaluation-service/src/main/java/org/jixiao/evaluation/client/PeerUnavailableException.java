package org.jixiao.evaluation.client;

/** budget-service is down, slow, failing or behind an open circuit: the caller gets 503 with Retry-After. */
public class PeerUnavailableException extends RuntimeException {
    public PeerUnavailableException(String detail, Throwable cause) {
        super(detail, cause);
    }
}
