package org.jixiao.report.domain.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

/** {initialBudget, adjustedBudget, spent, unspent, rate} as budget-service returns them (yuan; rate in percent). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Amounts(BigDecimal initialBudget, BigDecimal adjustedBudget, BigDecimal spent, BigDecimal unspent,
        BigDecimal rate) {
}
