package org.jixiao.evaluation.service;

import java.time.OffsetDateTime;
import java.util.List;
import org.jixiao.evaluation.domain.TargetGrade;
import org.jixiao.evaluation.domain.TargetIndicator;
import org.jixiao.evaluation.domain.TargetScope;
import org.jixiao.evaluation.domain.TargetStatus;
import org.jixiao.evaluation.domain.TargetTask;

/**
 * A target set as read: its current content (the current version's once approved), status, the finance review,
 * and its version history (without content: GET …/versions/{v} reads one).
 */
public record TargetSetView(long id, String department, int year, TargetScope scope, String scopeLabel, String projectKey,
                            String projectName, String goal, List<TargetTask> tasks, List<TargetIndicator> indicators,
                            TargetStatus status, String reviewComment, TargetGrade reviewGrade, String reviewGradeLabel,
                            Integer currentVersion, List<VersionSummary> versions, OffsetDateTime createdAt,
                            OffsetDateTime updatedAt, OffsetDateTime submittedAt, OffsetDateTime reviewedAt,
                            OffsetDateTime approvedAt) {

    /** One entry of the version history. */
    public record VersionSummary(int version, String kind, String reason, String documentNo, java.time.LocalDate effectiveDate,
                                 String createdBy, OffsetDateTime createdAt) {
    }
}
