package org.jixiao.evaluation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jixiao.evaluation.domain.GradePolicy;
import org.jixiao.evaluation.domain.Scorer;
import org.jixiao.evaluation.domain.Tier;
import org.jixiao.evaluation.domain.TierBands;

/** Grades, results application and plausibility limits: configuration, never constants. */
@ConfigMapping(prefix = "jixiao.evaluation")
public interface EvaluationConfig {
    /** Grade bands, highest first (labels configurable: Guangdong writes 优秀). */
    List<Grade> grades();

    interface Grade {
        String code();

        String label();

        BigDecimal minimum();
    }

    /** Retry-After (seconds) of a 503 when budget-service is unavailable and did not say when to retry. */
    @WithDefault("10")
    int peerRetryAfterSeconds();

    /** actual ÷ target above which an indicator is flagged as over-achieved. */
    @WithDefault("1.2")
    BigDecimal overAchievementRatio();

    /** Percentage points by which achievement may exceed the execution rate before a warning. */
    @WithDefault("5")
    BigDecimal plausibilityGap();

    /** Default tier bands as fractions of the points: low,high for ACHIEVED, PARTIAL and NOT_ACHIEVED. */
    @WithDefault("0.8,1")
    List<BigDecimal> achievedBand();

    @WithDefault("0.6,0.8")
    List<BigDecimal> partialBand();

    @WithDefault("0,0.6")
    List<BigDecimal> notAchievedBand();

    default GradePolicy gradePolicy() {
        return new GradePolicy(grades().stream()
                .map(g -> new GradePolicy.Band(g.code(), g.label(), g.minimum())).toList());
    }

    default Scorer.Settings scorerSettings() {
        Map<Tier, List<BigDecimal>> bands = new EnumMap<>(Tier.class);
        bands.put(Tier.ACHIEVED, achievedBand());
        bands.put(Tier.PARTIAL, partialBand());
        bands.put(Tier.NOT_ACHIEVED, notAchievedBand());
        return new Scorer.Settings(new TierBands(bands), overAchievementRatio(), plausibilityGap());
    }
}
