package org.jixiao.evaluation.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jixiao.evaluation.domain.TargetGrade;
import org.jixiao.evaluation.domain.TargetIndicator;
import org.jixiao.evaluation.domain.TargetTask;

/** One approved version of a target set, as stored (immutable): APPROVAL (version 1) or ADJUSTMENT. */
public record TargetVersionView(long targetSet, int version, String kind, String goal, List<TargetTask> tasks,
                                List<TargetIndicator> indicators, String reason, String documentNo, LocalDate effectiveDate,
                                TargetGrade reviewGrade, String reviewComment, boolean current, String createdBy,
                                OffsetDateTime createdAt) {
}
