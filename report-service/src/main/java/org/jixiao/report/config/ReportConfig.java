package org.jixiao.report.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.Optional;
import org.jixiao.report.domain.GradeBand;
import org.jixiao.report.domain.RuleSettings;

@ConfigMapping(prefix = "jixiao.report")
public interface ReportConfig {
    /** An execution rate (percent) below this needs an explanation in the narrative. */
    @WithDefault("90")
    BigDecimal lowExecutionThreshold();

    /** Tolerance per summed part when rounded 万元 figures are reconciled. */
    @WithDefault("0.01")
    BigDecimal tolerancePerPart();

    /** Grade bands, min:CODE:label, as evaluation-service grades. */
    @WithDefault("90:EXCELLENT:优,80:GOOD:良,60:FAIR:中,0:POOR:差")
    String gradeBands();

    /** Retry-After (seconds) sent with a 503 when a peer is unavailable and did not say when to retry. */
    @WithDefault("30")
    int peerRetryAfterSeconds();

    /**
     * The installation's government level, for departments that do not set their own (budget-service departments'
     * governmentLevel): MUNICIPAL 市本级, DISTRICT 区本级, COUNTY 县本级, TOWN 镇本级.
     */
    @WithDefault("MUNICIPAL")
    String wordingLevel();

    /** The area the installation's ranking covers (全市, 全区, 全县); by default the level's. */
    Optional<String> wordingRankingArea();

    default RuleSettings ruleSettings() {
        return new RuleSettings(lowExecutionThreshold(), tolerancePerPart(), GradeBand.parse(gradeBands()));
    }
}
