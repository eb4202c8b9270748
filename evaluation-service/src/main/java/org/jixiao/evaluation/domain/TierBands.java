package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The share of points each tier spans: default ACHIEVED 0.8–1, PARTIAL 0.6–0.8, NOT_ACHIEVED 0–0.6. */
public record TierBands(Map<Tier, List<BigDecimal>> bands) {

    public static final TierBands DEFAULT = new TierBands(new EnumMap<>(Map.of(
            Tier.ACHIEVED, List.of(new BigDecimal("0.8"), BigDecimal.ONE),
            Tier.PARTIAL, List.of(new BigDecimal("0.6"), new BigDecimal("0.8")),
            Tier.NOT_ACHIEVED, List.of(BigDecimal.ZERO, new BigDecimal("0.6")))));

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
