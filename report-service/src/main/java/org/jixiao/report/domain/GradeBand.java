package org.jixiao.report.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A grade band: total ≥ min gives this grade (code and printed label). */
public record GradeBand(BigDecimal min, String code, String label) {

    /** Parses "90:EXCELLENT:优,80:GOOD:良,60:FAIR:中,0:POOR:差". */
    public static List<GradeBand> parse(String spec) {
        List<GradeBand> bands = new ArrayList<>();
        for (String part : spec.split(",")) {
            String[] f = part.trim().split(":");
            if (f.length != 3) {
                throw new IllegalArgumentException("grade band '" + part + "' is not min:CODE:label");
            }
            bands.add(new GradeBand(new BigDecimal(f[0].trim()), f[1].trim(), f[2].trim()));
        }
        bands.sort(Comparator.comparing(GradeBand::min).reversed());
        return List.copyOf(bands);
    }

    public static GradeBand of(List<GradeBand> bands, BigDecimal total) {
        for (GradeBand b : bands) {
            if (total.compareTo(b.min()) >= 0) {
                return b;
            }
        }
        return bands.get(bands.size() - 1);
    }
}
