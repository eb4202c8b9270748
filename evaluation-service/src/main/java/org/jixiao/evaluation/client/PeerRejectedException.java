package org.jixiao.evaluation.client;

/** budget-service answered 4xx (unknown department, no budget that year): not retried, not a peer failure. */
public class PeerRejectedException extends RuntimeException {
    private final int status;

    public PeerRejectedException(int status, String detail) {
        super(detail);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
