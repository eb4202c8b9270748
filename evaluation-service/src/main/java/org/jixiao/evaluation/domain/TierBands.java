package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The share of points (a fraction of 1) each tier spans; configured by default as ACHIEVED 0.8–1,
 * PARTIAL 0.6–0.8, NOT_ACHIEVED 0–0.6.
 */
public record TierBands(Map<Tier, List<BigDecimal>> bands) {

    public BigDecimal low(Tier tier) {
        return bands.get(tier).get(0);
    }

    public BigDecimal high(Tier tier) {
        return bands.get(tier).get(1);
    }

    /** low + (high − low) × fraction: the share of points for a tier and a fraction inside it. */
    public BigDecimal share(Tier tier, BigDecimal fraction) {
        return low(tier).add(high(tier).subtract(low(tier)).multiply(fraction));
    }

    /** Bands from framework params {"ACHIEVED": [0.8, 1], ...}; missing tiers keep the defaults. */
    @SuppressWarnings("unchecked")
    public static TierBands fromParams(Object bandsParam, TierBands defaults) {
        if (!(bandsParam instanceof Map<?, ?> map)) {
            return defaults;
        }
        Map<Tier, List<BigDecimal>> result = new EnumMap<>(defaults.bands());
        map.forEach((tier, range) -> {
            List<Object> values = (List<Object>) range;
            result.put(Tier.valueOf(tier.toString()), List.of(Numbers.of(values.get(0)), Numbers.of(values.get(1))));
        });
        return new TierBands(result);
    }
}
