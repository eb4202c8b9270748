package org.jixiao.report.domain.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

@JsonIgnoreProperties(ignoreUnknown = true)
public record SourceAmounts(String fundingSource, BigDecimal initialBudget, BigDecimal adjustedBudget, BigDecimal spent,
        BigDecimal unspent, BigDecimal rate) {
    public Amounts amounts() {
        return new Amounts(initialBudget, adjustedBudget, spent, unspent, rate);
    }
}
