package org.jixiao.report.domain.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The budget data an evaluation was scored on. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BudgetSnapshot(String asOf, String fetchedAt, String lastChangedAt, Execution execution) {
}
