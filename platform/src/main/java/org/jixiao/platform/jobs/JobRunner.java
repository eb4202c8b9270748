package org.jixiao.platform.jobs;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs jobs' items on a bounded pool ({@code jixiao.jobs.concurrency} threads for all jobs of the service): each
 * worker claims a PENDING item, sends its request to the service itself with the starter's Authorization header and
 * records the outcome. The header lives in this object only, for the run: it is never stored or logged, so a job
 * cut off by a restart waits (INTERRUPTED) for its starter, or another finance user, to POST it again.
 */
@ApplicationScoped
@IfBuildProperty(name = "jixiao.jobs.enabled", stringValue = "true")
public class JobRunner {
    private static final Logger LOG = Logger.getLogger(JobRunner.class);

    private final JobStore store;
    private final int concurrency;
    private final Duration itemTimeout;
    private final ExecutorService pool;
    private final HttpClient http;
    private final ConcurrentHashMap<Long, Run> runs = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    JobRunner(JobStore store, @ConfigProperty(name = "jixiao.jobs.concurrency", defaultValue = "2") int concurrency,
              @ConfigProperty(name = "jixiao.jobs.item-timeout", defaultValue = "PT2M") Duration itemTimeout) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("jixiao.jobs.concurrency must be at least 1, not " + concurrency);
        }
        this.store = store;
        this.concurrency = concurrency;
        this.itemTimeout = itemTimeout;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "jixiao-job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** One job being run here: what its workers need, the starter's header included. */
    private static final class Run {
        final long jobId;
        volatile JobPlanner planner;
        volatile String authorization;
        volatile URI base;
        final AtomicInteger workers = new AtomicInteger();
        final AtomicBoolean interrupted = new AtomicBoolean();

        Run(long jobId) {
            this.jobId = jobId;
        }
    }

    /** The ids of the jobs this instance runs (or is about to). */
    public Set<Long> runningHere() {
        return Set.copyOf(runs.keySet());
    }

    /**
     * Reserves the job for this instance before its transaction commits, so that a second start sees it running.
     *
     * @return false when it is already reserved or running here
     */
    public boolean reserve(long jobId) {
        return !stopping && runs.putIfAbsent(jobId, new Run(jobId)) == null;
    }

    /** Undoes {@link #reserve} when the transaction that reserved the job did not commit. */
    public void unreserve(long jobId) {
        Run run = runs.get(jobId);
        if (run != null && run.planner == null) {
            runs.remove(jobId, run);
        }
    }

    /** Starts the workers of a reserved job. */
    public void launch(long jobId, JobPlanner planner, String authorization, URI base) {
        Run run = runs.get(jobId);
        if (run == null || run.planner != null) {
            return;
        }
        run.authorization = authorization;
        run.base = base;
        run.planner = planner;
        store.markRunning(jobId);
        run.workers.set(concurrency);
        for (int i = 0; i < concurrency; i++) {
            pool.execute(() -> work(run));
        }
    }

    private void work(Run run) {
        try {
            while (!run.interrupted.get() && !stopping) {
                Optional<JobStore.Claimed> claimed = store.claim(run.jobId);
                if (claimed.isEmpty()) {
                    break;
                }
                execute(run, claimed.get().item());
            }
        } catch (RuntimeException e) {
            // the database failed: stop the job, it resumes on the next POST
            LOG.errorf(e, "job %d stopped: %s", run.jobId, e.getMessage());
            run.interrupted.set(true);
        } finally {
            if (run.workers.decrementAndGet() == 0) {
                finish(run);
            }
        }
    }

    private void execute(Run run, JobItem item) {
        HttpRequest.Builder request = HttpRequest.newBuilder(run.base.resolve(item.path())).timeout(itemTimeout)
                .header("Authorization", run.authorization).header("Accept", "application/json");
        if ("POST".equals(item.method()) || "PUT".equals(item.method())) {
            request.header("Content-Type", "application/json").method(item.method(), HttpRequest.BodyPublishers.ofString("{}"));
        } else {
            request.method(item.method(), HttpRequest.BodyPublishers.noBody());
        }
        ItemOutcome outcome;
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 401) {
                // the token expired (or was revoked) mid-job: the remaining items did not fail, the job is interrupted
                LOG.infof("job %d interrupted: its token is no longer accepted", run.jobId);
                run.interrupted.set(true);
                store.release(run.jobId, item.key());
                return;
            }
            outcome = stopping ? null : run.planner.judge(item, answer.statusCode(), answer.body());
        } catch (IOException e) {
            outcome = stopping ? null : ItemOutcome.failed(null, "the request to the service itself failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run.interrupted.set(true);
            outcome = null;
        }
        if (outcome == null) {
            store.release(run.jobId, item.key());
        } else {
            store.complete(run.jobId, item.key(), outcome);
        }
    }

    private void finish(Run run) {
        try {
            if (run.interrupted.get() || stopping || !store.finishIfComplete(run.jobId)) {
                store.interrupt(run.jobId);
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "job %d: its end could not be recorded (it is interrupted at the next start)", run.jobId);
        } finally {
            runs.remove(run.jobId, run);
        }
    }

    /** Stopping: no new item is claimed, items in flight are given back, the jobs become INTERRUPTED. */
    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    @PreDestroy
    void stop() {
        if (stopping) {
            return;
        }
        stopping = true;
        pool.shutdownNow();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Run run : runs.values()) {
            try {
                store.interrupt(run.jobId);
            } catch (RuntimeException e) {
                LOG.debugf("job %d: not marked interrupted at shutdown (%s); the next start does it", run.jobId, e.getMessage());
            }
        }
        runs.clear();
    }
}
