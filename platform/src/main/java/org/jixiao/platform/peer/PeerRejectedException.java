package org.jixiao.platform.peer;

/** A peer answered 4xx: the request names something the peer refuses (unknown department…), not the peer down. */
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
