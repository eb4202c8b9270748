package org.jixiao.evaluation.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.evaluation.domain.RectificationSource;
import org.jixiao.evaluation.domain.RectificationStatus;
import org.jixiao.evaluation.repository.RectificationEntity;
import org.jixiao.evaluation.service.RectificationService;

/** A rectification item as users read it, its status judged today. */
@Schema(name = "Rectification")
public record RectificationView(long id, String department,
                                @Schema(description = "The fiscal year the problem was found in") int year,
                                RectificationSource source, Long evaluationId, String nodeCode, Long reportId,
                                Integer reportVersion, String ruleId,
                                @Schema(description = "存在问题") String problem,
                                @Schema(description = "整改措施") String measure,
                                @Schema(description = "责任人 / 责任处室") String owner,
                                @Schema(description = "整改时限") LocalDate deadline,
                                @Schema(description = "OPEN, IN_PROGRESS, DONE, or OVERDUE (not DONE and past the deadline)")
                                RectificationStatus status,
                                @Schema(description = "未开始, 整改中, 已完成, 逾期未完成") String statusLabel,
                                @Schema(description = "整改情况 and 佐证材料") String evidence,
                                OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt, String updatedBy,
                                OffsetDateTime doneAt) {

    static RectificationView of(RectificationService.Item item) {
        RectificationEntity e = item.entity();
        return new RectificationView(e.id, e.department, e.year, e.source, e.evaluationId, e.nodeCode, e.reportId,
                e.reportVersion, e.ruleId, e.problem, e.measure, e.owner, e.deadline, item.status(), item.status().label(),
                e.evidence, e.createdAt, e.createdBy, e.updatedAt, e.updatedBy, e.doneAt);
    }

    /** A department's items of one year, counted by status (every status, 0 included). */
    @Schema(name = "RectificationsOfYear")
    public record OfYear(@Schema(description = "The year the problems were found in") int year,
                         Map<RectificationStatus, Long> counts, List<RectificationView> items) {
        static OfYear of(RectificationService.OfYear found) {
            return new OfYear(found.year(), found.counts(), found.items().stream().map(RectificationView::of).toList());
        }
    }

    /** What opening the items of an evaluation's shortfalls did, and the evaluation's items. */
    @Schema(name = "RectificationsFromEvaluation")
    public record FromEvaluation(long evaluationId, @Schema(description = "Items opened now") int created,
                                 @Schema(description = "Shortfalls that already had an item") int existing,
                                 List<RectificationView> items) {
        static FromEvaluation of(RectificationService.FromEvaluation done) {
            return new FromEvaluation(done.evaluationId(), done.created(), done.existing(),
                    done.items().stream().map(RectificationView::of).toList());
        }
    }
}
