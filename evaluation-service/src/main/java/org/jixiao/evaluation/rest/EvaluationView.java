package org.jixiao.evaluation.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jixiao.platform.workflow.ReviewStatus;
import org.jixiao.platform.workflow.Timeliness;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.evaluation.domain.FrameworkNode;
import org.jixiao.evaluation.domain.IndicatorInput;
import org.jixiao.evaluation.domain.KeyTask;
import org.jixiao.evaluation.domain.Kind;
import org.jixiao.evaluation.domain.NodeScore;
import org.jixiao.evaluation.domain.TargetTree;
import org.jixiao.evaluation.repository.EvaluationEntity;
import org.jixiao.evaluation.service.Evaluation;

/** An evaluation with what has been entered so far and, once scored, its latest total and grade. */
public record EvaluationView(long id, String framework, int frameworkVersion, String department, int year, Kind kind,
                             String lineCode, String projectKey,
                             @Schema(description = "The approved target set the evaluation copied (null: none)") Long targetSetId,
                             @Schema(description = "The version of the target set it copied") Integer targetVersion,
                             List<KeyTask> tasks,
                             @Schema(description = "A project evaluation from approved targets: the indicators to enter "
                                     + "(PUT …/indicators/{code} with the actual, cause and remedy); empty otherwise")
                             List<IndicatorSlot> indicators,
                             Map<String, IndicatorInput> inputs,
                             @Schema(description = "实际完成情况 of the 年度总体目标 as entered (PUT …/goal-outcome); null: not entered")
                             String goalOutcome,
                             BigDecimal total, String grade, OffsetDateTime scoredAt,
                             @Schema(description = "Review workflow: DRAFT → SUBMITTED → REVIEWED or RETURNED → FILED") ReviewStatus status,
                             OffsetDateTime submittedAt, OffsetDateTime reviewedAt,
                             @Schema(description = "The finance bureau's comments when it returned or accepted it") String reviewComment,
                             OffsetDateTime filedAt,
                             @Schema(description = "The year's self-evaluation deadline (null: none set)") LocalDate deadline,
                             @Schema(description = "Against the deadline: ON_TIME, LATE (submitted after it), OVERDUE (not "
                                     + "submitted, past it), OPEN, NO_DEADLINE") Timeliness timeliness) {

    /** One of the project's own indicators as approved, with the points it carries in this evaluation. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IndicatorSlot(String code, String level1, String level1Label, String level2, String level2Label,
                                String name, String nature, Object value, String unit, BigDecimal weight,
                                BigDecimal points) {
        static IndicatorSlot of(FrameworkNode leaf) {
            NodeScore.TargetRow row = TargetTree.row(leaf);
            return new IndicatorSlot(leaf.code(), row.level1(), row.level1Label(), row.level2(), row.level2Label(), leaf.name(),
                    row.nature(), row.value(), row.unit(), row.weight(), leaf.points());
        }
    }

    static EvaluationView of(Evaluation evaluation) {
        EvaluationEntity e = evaluation.entity();
        boolean scored = evaluation.latest() != null;
        return new EvaluationView(e.id, e.framework.code, e.framework.version, e.department, e.year, e.kind, e.lineCode,
                e.projectKey, e.targetSetId, e.targetVersion, evaluation.tasks(),
                evaluation.targetIndicators().stream().map(IndicatorSlot::of).toList(), evaluation.inputs(), e.goalOutcome,
                scored ? evaluation.latest().total() : null, scored ? evaluation.latest().grade() : null,
                scored ? evaluation.latest().scoredAt() : null, e.status, e.submittedAt, e.reviewedAt, e.reviewComment, e.filedAt,
                evaluation.deadline(), evaluation.timeliness());
    }
}
