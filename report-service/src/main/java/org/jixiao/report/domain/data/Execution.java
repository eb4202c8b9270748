package org.jixiao.report.domain.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/** budget-service GET /departments/{code}/budgets/{year}/execution (docs/api.md). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Execution(String department, String departmentName, Integer year, String asOf, String scope,
        Amounts total, Amounts basic, Amounts project, List<SourceAmounts> bySource, List<Line> lines,
        List<Month> monthly, BigDecimal progress, String status, String lastChangedAt) {
    public List<Month> monthList() {
        return monthly == null ? List.of() : monthly;
    }

    public List<Line> lineList() {
        return lines == null ? List.of() : lines;
    }

    public List<SourceAmounts> sourceList() {
        return bySource == null ? List.of() : bySource;
    }

    public List<Line> lines(String category) {
        return lineList().stream().filter(l -> category.equals(l.category())).toList();
    }
}
