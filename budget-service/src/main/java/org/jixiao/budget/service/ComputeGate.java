package org.jixiao.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jixiao.budget.config.BudgetConfig;
import org.jixiao.platform.problem.BusyException;

/**
 * Lets as many computed reads run at once as there are cores, the others wait their turn in order.
 * Eight executions computed side by side on two cores each took eight times as long and, with their
 * database sessions, starved the collector and one another: the slowest took 10–30× the median.
 * Queued before the work, every request takes its turn and the slowest stays near twice the median.
 */
@ApplicationScoped
public class ComputeGate {
    private final Semaphore permits;
    private final long waitMillis;

    public ComputeGate(BudgetConfig config) {
        this.permits = new Semaphore(config.computeConcurrency().orElse(Runtime.getRuntime().availableProcessors()), true);
        this.waitMillis = config.computeWait().toMillis();
    }

    /** The computation's result, run when a permit is free; 503 after waiting the configured time. */
    public <T> T run(Supplier<T> computation) {
        try {
            if (!permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                throw new BusyException("every core is computing other requests", 1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException("interrupted while waiting for a core", 1);
        }
        try {
            return computation.get();
        } finally {
            permits.release();
        }
    }
}
