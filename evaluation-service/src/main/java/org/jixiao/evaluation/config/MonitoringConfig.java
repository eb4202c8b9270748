package org.jixiao.evaluation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jixiao.evaluation.domain.MonitoringRules;
import org.jixiao.evaluation.domain.MonitoringStatus;

/** 绩效运行监控: checkpoints and the thresholds of the status rules (docs/monitoring.md). */
@ConfigMapping(prefix = "jixiao.monitoring")
public interface MonitoringConfig {
    /** The checkpoints as month-day (MM-dd) within the fiscal year: by default end of June and end of August. */
    @WithDefault("06-30,08-31")
    List<String> checkpoints();

    /** Percentage points spending progress may be behind time progress before YELLOW (more than this is YELLOW). */
    @WithDefault("10")
    BigDecimal spendingGapYellow();

    /** … before RED. */
    @WithDefault("20")
    BigDecimal spendingGapRed();

    /** How far, in percent of the target, an expected year-end value may miss it before RED (below: YELLOW). */
    @WithDefault("20")
    BigDecimal shortfallRedPercent();

    /** The status of an expected shortfall without a remedy (纠偏措施); GREEN turns the rule off. */
    @WithDefault("RED")
    MonitoringStatus shortfallWithoutRemedy();

    /** The status of an expected shortfall without a cause (偏差原因); GREEN turns the rule off. */
    @WithDefault("YELLOW")
    MonitoringStatus shortfallWithoutCause();

    /** The checkpoints, parsed; a value that is not MM-dd stops the service at start. */
    default List<MonthDay> checkpointDays() {
        return checkpoints().stream().map(String::strip).map(text -> {
            try {
                return MonthDay.parse("--" + text);
            } catch (DateTimeParseException e) {
                throw new IllegalStateException("jixiao.monitoring.checkpoints: '" + text + "' is not a month-day (MM-dd)", e);
            }
        }).sorted().distinct().toList();
    }

    default MonitoringRules.Settings settings() {
        return new MonitoringRules.Settings(spendingGapYellow(), spendingGapRed(), shortfallRedPercent(),
                shortfallWithoutRemedy(), shortfallWithoutCause());
    }
}
