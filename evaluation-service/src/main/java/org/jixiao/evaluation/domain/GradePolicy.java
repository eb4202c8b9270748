package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** Grade bands, highest first; what a grade means for the budget is the results policy's ({@link ResultsPolicy}). */
public record GradePolicy(List<Band> bands) {

    /** Bands are kept highest minimum first, however they were configured; at least one is needed. */
    public GradePolicy {
        if (bands == null || bands.isEmpty()) {
            throw new IllegalArgumentException("at least one grade band is needed");
        }
        bands = bands.stream().sorted(Comparator.comparing(Band::minimum).reversed()).toList();
    }

    public record Band(String code, String label, BigDecimal minimum) {
    }

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
