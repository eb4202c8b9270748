package org.jixiao.report.domain.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** budget-service GET /budgets/{year}/ranking. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Ranking(Integer year, String asOf, String scope, String benchmark, String benchmarkDescription,
        List<RankingEntry> departments) {
    public List<RankingEntry> entries() {
        return departments == null ? List.of() : departments;
    }
}
