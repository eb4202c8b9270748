package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;

/** Grade bands (highest first) and the results-application recommendation of each grade (结果应用). */
public record GradePolicy(List<Band> bands) {

    /** Bands are kept highest minimum first, however they were configured; at least one is needed. */
    public GradePolicy {
        if (bands == null || bands.isEmpty()) {
            throw new IllegalArgumentException("at least one grade band is needed");
        }
        bands = bands.stream().sorted(java.util.Comparator.comparing(Band::minimum).reversed()).toList();
    }

    public record Band(String code, String label, BigDecimal minimum, String recommendation) {
    }

    public static final GradePolicy DEFAULT = new GradePolicy(List.of(
            new Band("EXCELLENT", "优", BigDecimal.valueOf(90), "优先保障：下年度预算优先安排"),
            new Band("GOOD", "良", BigDecimal.valueOf(80), "保持：下年度预算原则上维持"),
            new Band("FAIR", "中", BigDecimal.valueOf(60), "压减：下年度预算按比例压减"),
            new Band("POOR", "差", BigDecimal.ZERO, "取消或暂停：下年度原则上不再安排")));

    /** The first band whose minimum the score reaches: 89.99 is 良, 90 is 优. */
    public Band gradeOf(BigDecimal score) {
        for (Band band : bands) {
            if (score.compareTo(band.minimum()) >= 0) {
                return band;
            }
        }
        return bands.get(bands.size() - 1);
    }
}
