package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A band of the RANKING method: places up to a rank ({@code upTo}) or up to a share of the departments ranked
 * ({@code upToPercent}), or every place (neither), score {@code share} of the points.
 */
public record RankBand(Integer upTo, BigDecimal upToPercent, BigDecimal share) {
    /** No band matched: nothing. */
    static final RankBand NONE = new RankBand(null, null, BigDecimal.ZERO);

    boolean contains(int rank, BigDecimal percentile) {
        if (upTo != null) {
            return rank <= upTo;
        }
        if (upToPercent != null) {
            return percentile.compareTo(upToPercent) <= 0;
        }
        return true;
    }

    String describe() {
        if (this == NONE) {
            return "no band";
        }
        return upTo != null ? "band ≤ 第" + upTo + "名" : upToPercent != null ? "band ≤ " + Numbers.plain(upToPercent) + "%"
                : "band: every other place";
    }

    /** The bands of a node's params (validated by Rules: a list of objects with share in [0, 1]). */
    static List<RankBand> of(Object bands) {
        List<RankBand> read = new ArrayList<>();
        if (bands instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> band) {
                    Object upTo = band.get("upTo");
                    read.add(new RankBand(upTo == null ? null : Rules.decimal(upTo).intValueExact(),
                            band.get("upToPercent") == null ? null : Rules.decimal(band.get("upToPercent")),
                            Rules.decimal(band.get("share"))));
                }
            }
        }
        return read;
    }
}
