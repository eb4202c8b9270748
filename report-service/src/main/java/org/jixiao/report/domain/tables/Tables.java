package org.jixiao.report.domain.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.report.domain.ReportData;

/**
 * The tables of a version, from its snapshot only (so a published version's tables never change): the department's
 * 部门整体支出绩效自评表 first, then one 项目支出绩效自评表 per scored project self-evaluation.
 */
public final class Tables {
    public static final String PROJECT_PREFIX = "project-";

    private Tables() {
    }

    public static List<TableGrid> of(ReportData data) {
        List<TableGrid> out = new ArrayList<>();
        if (data.evaluation() != null) {
            out.add(DepartmentTable.of(data).grid());
        }
        ProjectTable.all(data).forEach(p -> out.add(p.grid()));
        return List.copyOf(out);
    }

    /** A table by key: {@code department} or {@code project-{projectKey}}. */
    public static Optional<TableGrid> byKey(ReportData data, String key) {
        if (DepartmentTable.KEY.equals(key)) {
            return data.evaluation() == null ? Optional.empty() : Optional.of(DepartmentTable.of(data).grid());
        }
        if (key.startsWith(PROJECT_PREFIX)) {
            return Optional.ofNullable(data.project(key.substring(PROJECT_PREFIX.length())))
                    .map(p -> ProjectTable.of(p, data).grid());
        }
        return Optional.empty();
    }
}
