package org.jixiao.report.domain.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** evaluation-service GET /cycles/{year}: the year's deadlines (absent: none). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Cycle(int year, LocalDate targets, Map<String, LocalDate> monitoring, LocalDate selfEvaluation, LocalDate report) {
    public Cycle {
        monitoring = monitoring == null ? Map.of() : new TreeMap<>(monitoring);
    }
}
