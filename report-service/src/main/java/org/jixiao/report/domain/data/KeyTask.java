package org.jixiao.report.domain.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

@JsonIgnoreProperties(ignoreUnknown = true)
public record KeyTask(String name, String goal, String outcome, BigDecimal points, BigDecimal score, List<Indicator> indicators) {
    public List<Indicator> indicatorList() {
        return indicators == null ? List.of() : indicators;
    }
}
