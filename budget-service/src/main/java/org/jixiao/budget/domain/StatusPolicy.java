package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * GREEN when spending progress reaches {@code greenAt} percent of time progress, YELLOW from
 * {@code yellowAt}, RED below. Defaults 80 and 60 (docs/domain.md), configurable.
 */
public record StatusPolicy(BigDecimal greenAt, BigDecimal yellowAt) {

    public static final StatusPolicy DEFAULT = new StatusPolicy(BigDecimal.valueOf(80), BigDecimal.valueOf(60));

    /** @return null when there is no progress to judge (zero budget) */
    public Status statusOf(BigDecimal progressPercent, BigDecimal timeProgressPercent) {
        if (progressPercent == null) {
            return null;
        }
        if (timeProgressPercent == null || timeProgressPercent.signum() <= 0) {
            return Status.GREEN;
        }
        BigDecimal ratio = progressPercent.multiply(Percent.HUNDRED).divide(timeProgressPercent, 6, RoundingMode.HALF_UP);
        if (ratio.compareTo(greenAt) >= 0) {
            return Status.GREEN;
        }
        return ratio.compareTo(yellowAt) >= 0 ? Status.YELLOW : Status.RED;
    }
}
