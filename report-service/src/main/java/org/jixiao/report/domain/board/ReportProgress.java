package org.jixiao.report.domain.board;

import java.time.Instant;

/** A department's newest report of the year as report-service stores it: review status, submitted, newest published version. */
public record ReportProgress(String department, long reportId, String status, Instant submittedAt, Integer publishedVersion) {
}
