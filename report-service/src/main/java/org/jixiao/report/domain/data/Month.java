package org.jixiao.report.domain.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

/** A month of budget-service's execution: cumulative spending progress against time progress, in percent. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Month(Integer month, BigDecimal progress, BigDecimal timeProgress) {
}
