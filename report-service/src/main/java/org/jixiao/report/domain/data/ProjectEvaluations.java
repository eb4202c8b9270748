package org.jixiao.report.domain.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/** evaluation-service GET /evaluations?subject=PROJECT: a page of the department's project evaluations. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectEvaluations(List<Item> items, Long total) {

    /** One project evaluation; {@code total} is null until it is scored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(Long id, String projectKey, BigDecimal total, String grade) {
    }

    public List<Item> itemList() {
        return items == null ? List.of() : items;
    }
}
