package org.jixiao.report.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.ReportDocument;
import org.jixiao.report.repository.ReportVersion;
import org.jixiao.report.service.StoredVersion;

/** GET a version as application/json: everything the version holds, and the assembled document. */
public record VersionView(long reportId, int version, String title, String department, int year, long evaluationId,
        LocalDate asOf, Instant fetchedAt, String contentHash, String status, Instant createdAt, Instant publishedAt,
        List<Finding> findings, Map<String, String> narrative, JsonNode snapshot, ReportDocument document) {
    static VersionView of(StoredVersion s, ReportDocument document) {
        ReportVersion v = s.version();
        Map<String, String> narrative = new LinkedHashMap<>();
        s.narrative().forEach((k, text) -> narrative.put(k.name(), text));
        return new VersionView(v.reportId, v.version, v.title, s.data().departmentCode(), s.data().year(),
                s.snapshot().path("evaluationId").asLong(), v.asOf, v.fetchedAt, v.contentHash, v.status, v.createdAt,
                v.publishedAt, s.findings(), narrative, s.snapshot(), document);
    }
}
