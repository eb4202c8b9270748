package org.jixiao.report.domain.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** budget-service GET /departments: a page of the city's departments (code and name are what the board reads). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CityDepartments(List<Entry> items, long total) {
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String code, String name) {
    }

    public List<Entry> itemList() {
        return items == null ? List.of() : items;
    }
}
