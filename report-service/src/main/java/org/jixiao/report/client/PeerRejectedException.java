package org.jixiao.report.client;

/** A peer answered with a 4xx: the request is wrong (unknown department, evaluation not scored…), not the peer down. */
public class PeerRejectedException extends RuntimeException {
    private final String peer;
    private final int status;

    public PeerRejectedException(String peer, int status, String detail) {
        super(detail);
        this.peer = peer;
        this.status = status;
    }

    public String peer() {
        return peer;
    }

    public int status() {
        return status;
    }
}
