package org.jixiao.report.rest;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.report.domain.tables.DepartmentTable;
import org.jixiao.report.domain.tables.ProjectTable;
import org.jixiao.report.domain.tables.Tables;
import org.jixiao.report.repository.PublicationRepository.ProjectRef;
import org.jixiao.report.repository.PublicationRepository.PublishedRow;

/**
 * A report in the public index (公开): its newest published version, what a reader chooses by, and where its files
 * are. Nothing else of the version (snapshot, narrative, findings) is public.
 */
public record PublishedReportView(long reportId, int version, String title, String department, String departmentName, int year,
        @Schema(description = "自评总分 of the version's evaluation") BigDecimal score,
        @Schema(description = "自评等级 (优, 良, 中, 差)") String grade, Instant publishedAt, Links links, List<PublicTable> tables) {

    /** Where the report is, in each public format (paths from the server's root). */
    public record Links(String pdf, String docx, String html) {
    }

    /** A self-evaluation table (自评表) of the version and where it is. */
    public record PublicTable(String key, String title, TableLinks links) {
    }

    public record TableLinks(String xlsx, String pdf, String docx) {
    }

    static PublishedReportView of(PublishedRow r) {
        String base = PublicReportResource.PATH + "/" + r.reportId() + "/versions/" + r.version();
        List<PublicTable> tables = new ArrayList<>();
        if (r.hasEvaluation()) {
            tables.add(table(base, DepartmentTable.KEY, DepartmentTable.title(r.year(), r.departmentName())));
        }
        for (ProjectRef p : r.projects()) {
            tables.add(table(base, Tables.PROJECT_PREFIX + p.projectKey(), ProjectTable.title(p.year() == null ? r.year() : p.year(),
                    p.projectName() == null ? p.projectKey() : p.projectName())));
        }
        return new PublishedReportView(r.reportId(), r.version(), r.title(), r.department(), r.departmentName(), r.year(), r.score(),
                r.grade(), r.publishedAt(), new Links(base + ".pdf", base + ".docx", base + ".html"), List.copyOf(tables));
    }

    private static PublicTable table(String base, String key, String title) {
        String file = base + "/tables/" + URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
        return new PublicTable(key, title, new TableLinks(file + ".xlsx", file + ".pdf", file + ".docx"));
    }
}
