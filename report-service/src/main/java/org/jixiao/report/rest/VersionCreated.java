package org.jixiao.report.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.repository.ReportVersion;
import org.jixiao.report.service.StoredVersion;

/** POST /versions answer: {version, asOf, contentHash, findings[], status} and counts. */
public record VersionCreated(long reportId, int version, LocalDate asOf, Instant fetchedAt, String contentHash,
        String status, int fatalCount, int warningCount, List<Finding> findings) {
    static VersionCreated of(StoredVersion s) {
        ReportVersion v = s.version();
        return new VersionCreated(v.reportId, v.version, v.asOf, v.fetchedAt, v.contentHash, v.status, v.fatalCount,
                v.warningCount, s.findings());
    }
}
