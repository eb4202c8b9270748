package org.jixiao.report.domain.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** budget-service GET /departments/{code}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Department(String code, String name, List<String> divisions, List<String> functions, String selfReference,
        String governmentLevel, String rankingArea) {
    public List<String> divisionList() {
        return divisions == null ? List.of() : divisions;
    }

    public List<String> functionList() {
        return functions == null ? List.of() : functions;
    }
}
