package org.jixiao.report.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.ReportDocument;

/** What the API returns. */
public final class Views {
    private Views() {
    }

    public record SectionView(String key, String label, String text, List<String> placeholders, Instant updatedAt) {
    }

    public record VersionSummary(int version, LocalDate asOf, Instant fetchedAt, String contentHash, String status,
            int fatalCount, int warningCount, Instant createdAt, Instant publishedAt) {
    }

    public record ReportView(long id, String department, int year, long evaluationId, String title,
            Map<String, SectionView> sections, List<VersionSummary> versions, Instant createdAt, Instant updatedAt) {
    }

    /** POST /versions answer: {version, asOf, contentHash, findings[], status} and counts. */
    public record VersionCreated(long reportId, int version, LocalDate asOf, Instant fetchedAt, String contentHash,
            String status, int fatalCount, int warningCount, List<Finding> findings) {
    }

    /** GET a version as application/json: everything the version holds, and the assembled document. */
    public record VersionView(long reportId, int version, String title, String department, int year, long evaluationId,
            LocalDate asOf, Instant fetchedAt, String contentHash, String status, Instant createdAt, Instant publishedAt,
            List<Finding> findings, Map<String, String> narrative, JsonNode snapshot, ReportDocument document) {
    }
}
