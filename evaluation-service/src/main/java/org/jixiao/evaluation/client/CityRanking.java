package org.jixiao.evaluation.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/** What evaluation-service reads of budget-service's city ranking by spending progress (支出进度全市排名). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CityRanking(String asOf, List<Entry> departments) {

    public CityRanking {
        departments = departments == null ? List.of() : departments;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(int rank, String department, BigDecimal progress) {
    }

    /** The department's rank of how many, or null when it is not ranked. */
    public Integer rankOf(String department) {
        return departments.stream().filter(e -> department.equals(e.department())).map(Entry::rank).findFirst().orElse(null);
    }
}
