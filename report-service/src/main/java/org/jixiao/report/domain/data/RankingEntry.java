package org.jixiao.report.domain.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

@JsonIgnoreProperties(ignoreUnknown = true)
public record RankingEntry(Integer rank, String department, String departmentName, BigDecimal adjustedBudget,
        BigDecimal spent, BigDecimal progress, String status) {
}
