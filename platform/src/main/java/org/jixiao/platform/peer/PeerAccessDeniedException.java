package org.jixiao.platform.peer;

/**
 * A peer answered 401 or 403 to the caller's own (propagated) token: not a missing thing (422) but a refusal,
 * passed on to the caller with the same status.
 */
public class PeerAccessDeniedException extends PeerRejectedException {
    public PeerAccessDeniedException(String peer, int status, String detail) {
        super(peer, status, detail);
    }
}
