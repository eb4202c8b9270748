package org.jixiao.evaluation.rest;

import java.util.Map;
import org.jixiao.evaluation.domain.Tier;

/** 定性 tiers as sheets print them and users write them: 达成, 部分达成, 未达成 (or the codes). */
final class TierLabels {
    private static final Map<String, Tier> READ = Map.of("达成", Tier.ACHIEVED, "部分达成", Tier.PARTIAL, "未达成", Tier.NOT_ACHIEVED,
            "ACHIEVED", Tier.ACHIEVED, "PARTIAL", Tier.PARTIAL, "NOT_ACHIEVED", Tier.NOT_ACHIEVED);
    static final String EXPECTED = "must be 达成, 部分达成 or 未达成";

    private TierLabels() {
    }

    /** The tier written, or null when it is none of them. */
    static Tier read(String text) {
        return text == null ? null : READ.get(text.strip());
    }

    static String label(Tier tier) {
        return switch (tier) {
            case ACHIEVED -> "达成";
            case PARTIAL -> "部分达成";
            case NOT_ACHIEVED -> "未达成";
        };
    }
}
