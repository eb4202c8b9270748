package org.jixiao.report.domain.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * evaluation-service GET /rectifications?department=&year=: a page of the department's rectification items (整改) of
 * a year, each with its status as judged when fetched (OPEN, IN_PROGRESS, DONE, OVERDUE).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Rectifications(List<Item> items, Long total) {

    /** One item: what the report's 上年度绩效评价问题整改情况 table prints. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(int year, String problem, String measure, String owner, String deadline, String status,
                       String statusLabel, String evidence) {
    }

    public List<Item> itemList() {
        return items == null ? List.of() : items;
    }
}
