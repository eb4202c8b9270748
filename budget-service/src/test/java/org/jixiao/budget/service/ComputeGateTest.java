package org.jixiao.budget.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.budget.config.BudgetConfig;
import org.jixiao.budget.domain.Benchmark;
import org.jixiao.platform.problem.BusyException;
import org.junit.jupiter.api.Test;

class ComputeGateTest {

    private static BudgetConfig config(int concurrency, Duration wait) {
        return new BudgetConfig() {
            public Benchmark defaultBenchmark() {
                return Benchmark.LINEAR;
            }

            public List<BigDecimal> quarterlyTargets() {
                return List.of();
            }

            public BigDecimal greenAt() {
                return BigDecimal.valueOf(80);
            }

            public BigDecimal yellowAt() {
                return BigDecimal.valueOf(60);
            }

            public Optional<Integer> computeConcurrency() {
                return Optional.of(concurrency);
            }

            public Duration computeWait() {
                return wait;
            }
        };
    }

    @Test
    void neverMoreComputationsAtOnceThanPermitted() throws Exception {
        ComputeGate gate = new ComputeGate(config(2, Duration.ofSeconds(10)));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            results.add(pool.submit(() -> gate.run(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.decrementAndGet();
                return n;
            })));
        }
        for (int i = 0; i < results.size(); i++) {
            assertThat(results.get(i).get()).isEqualTo(i);
        }
        pool.shutdown();
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void aRequestThatWaitsTooLongIsBusyAndAFailedComputationGivesItsPermitBack() throws Exception {
        ComputeGate gate = new ComputeGate(config(1, Duration.ofMillis(50)));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<String> holder = pool.submit(() -> gate.run(() -> {
            holding.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "held";
        }));
        holding.await(5, TimeUnit.SECONDS);
        assertThatThrownBy(() -> gate.run(() -> "late")).isInstanceOf(BusyException.class);
        release.countDown();
        assertThat(holder.get()).isEqualTo("held");
        assertThatThrownBy(() -> gate.run(() -> {
            throw new IllegalStateException("the database went away");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(gate.<String>run(() -> "next")).isEqualTo("next");
        pool.shutdown();
    }
}
