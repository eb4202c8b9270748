package org.jixiao.budget.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jixiao.budget.domain.Benchmark;
import org.jixiao.budget.domain.StatusPolicy;

/** Monitoring settings (绩效运行监控): where sources disagree, the choice is configuration. */
@ConfigMapping(prefix = "jixiao.budget")
public interface BudgetConfig {

    /** Benchmark used when a request names none. */
    @WithDefault("LINEAR")
    Benchmark defaultBenchmark();

    /** Cumulative spending targets (percent) at the end of Q1..Q4, for benchmark QUARTERLY. */
    @WithDefault("25,50,75,100")
    List<BigDecimal> quarterlyTargets();

    /** GREEN when progress ≥ this percent of time progress. */
    @WithDefault("80")
    BigDecimal greenAt();

    /** YELLOW when progress ≥ this percent of time progress (RED below). */
    @WithDefault("60")
    BigDecimal yellowAt();

    /** Computed reads (execution, ranking, warnings) running at once; the number of cores when unset. */
    Optional<Integer> computeConcurrency();

    /** How long a computed read waits for its turn before a 503 with Retry-After. */
    @WithDefault("30s")
    Duration computeWait();

    default StatusPolicy statusPolicy() {
        return new StatusPolicy(greenAt(), yellowAt());
    }
}
