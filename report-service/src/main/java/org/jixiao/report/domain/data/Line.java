package org.jixiao.report.domain.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/** One budget line of the execution answer. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Line(String lineCode, String name, String category, String fundingSource, BigDecimal initialBudget,
        BigDecimal adjustedBudget, BigDecimal spent, BigDecimal unspent, BigDecimal rate, List<Adjustment> adjustments,
        String projectKey) {
    public Amounts amounts() {
        return new Amounts(initialBudget, adjustedBudget, spent, unspent, rate);
    }

    public List<Adjustment> adjustmentList() {
        return adjustments == null ? List.of() : adjustments;
    }
}
