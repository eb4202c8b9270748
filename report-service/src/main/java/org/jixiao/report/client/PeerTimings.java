package org.jixiao.report.client;


/**
 * How long report-service waits for its peers, so that a peer that hangs costs a caller about 3 s, never the 15 s
 * of three 5 s attempts: each attempt {@value #ATTEMPT_MS} ms (the REST clients' read timeout is the same), one
 * retry after {@value #RETRY_DELAY_MS} ± {@value #RETRY_JITTER_MS} ms, so one call ends within about
 * 2 × {@value #ATTEMPT_MS} + {@value #RETRY_DELAY_MS} ms. A version makes its calls (five, then the project evaluations) one after another and the
 * first that fails ends it (503); all of them together get {@value #VERSION_MS} ms (SnapshotFetcher), so slow but
 * answering peers cannot add up either. Configurable per method as MicroProfile Fault Tolerance allows
 * ({@code org.jixiao.report.client.BudgetGateway/fetch/Timeout/value=…}).
 */
public final class PeerTimings {
    public static final long ATTEMPT_MS = 1500;
    public static final int RETRIES = 1;
    public static final long RETRY_DELAY_MS = 100;
    public static final long RETRY_JITTER_MS = 50;
    /** Retries start only within this time of the first attempt. */
    public static final long CALL_MS = 3000;
    /** All the requests of one version together. */
    public static final long VERSION_MS = 4000;

    private PeerTimings() {
    }
}
