package org.jixiao.report.rest;

import java.util.Map;
import org.jixiao.report.domain.tables.TableGrid;

/** A table of a version, as GET …/tables lists it: its key, title and where each format is. */
public record TableView(String key, String title, Map<String, String> formats) {
    static TableView of(long reportId, int version, TableGrid grid) {
        String base = "/api/v1/reports/" + reportId + "/versions/" + version + "/tables/" + grid.key() + "?format=";
        return new TableView(grid.key(), grid.title(), Map.of("xlsx", base + "xlsx", "docx", base + "docx", "pdf", base + "pdf"));
    }
}
