package org.jixiao.report.rest;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.platform.workflow.ReviewStatus;
import org.jixiao.report.domain.SectionKey;
import org.jixiao.report.repository.Report;
import org.jixiao.report.repository.ReportSection;
import org.jixiao.report.service.ReportDetails;

/** A report with every section (in document order, written or not) and its versions. */
public record ReportView(long id, String department, int year, long evaluationId, String title,
        Map<String, SectionView> sections, List<VersionSummary> versions, Instant createdAt, Instant updatedAt,
        @Schema(description = "Review workflow: DRAFT → SUBMITTED → REVIEWED or RETURNED → FILED") ReviewStatus status,
        @Schema(description = "The version submitted for review") Integer submittedVersion, Instant submittedAt,
        Instant reviewedAt, @Schema(description = "The finance bureau's comments") String reviewComment, Instant filedAt) {
    static ReportView of(ReportDetails d) {
        Report r = d.report();
        Map<String, SectionView> written = new LinkedHashMap<>();
        for (ReportSection s : d.sections()) {
            written.put(s.key, SectionView.of(s));
        }
        Map<String, SectionView> sections = new LinkedHashMap<>();
        for (SectionKey k : SectionKey.values()) {
            sections.put(k.name(), written.getOrDefault(k.name(), SectionView.empty(k)));
        }
        return new ReportView(r.id, r.department, r.year, r.evaluationId, r.title, sections,
                d.versions().stream().map(VersionSummary::of).toList(), r.createdAt, r.updatedAt, r.status, r.submittedVersion,
                r.submittedAt, r.reviewedAt, r.reviewComment, r.filedAt);
    }
}
