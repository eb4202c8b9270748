package org.jixiao.report.rest;

import java.time.Instant;
import java.time.LocalDate;
import org.jixiao.report.repository.ReportVersion;

public record VersionSummary(int version, LocalDate asOf, Instant fetchedAt, String contentHash, String status,
        int fatalCount, int warningCount, Instant createdAt, Instant publishedAt) {
    static VersionSummary of(ReportVersion v) {
        return new VersionSummary(v.version, v.asOf, v.fetchedAt, v.contentHash, v.status, v.fatalCount, v.warningCount,
                v.createdAt, v.publishedAt);
    }
}
