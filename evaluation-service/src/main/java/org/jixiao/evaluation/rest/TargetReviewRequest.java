package org.jixiao.evaluation.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.evaluation.domain.TargetDecision;
import org.jixiao.evaluation.domain.TargetGrade;

/** The finance bureau's review (审核): approve with a grade, or return with a comment. */
@Schema(name = "TargetReviewRequest", description = "审核: APPROVE (批复, grade required) or RETURN (退回, comment required)")
public record TargetReviewRequest(
        @Schema(example = "APPROVE") TargetDecision decision,
        @Size(max = Limits.MAX_EXPLANATION) @Schema(example = "目标明确，指标细化量化") String comment,
        @Schema(example = "GOOD", description = "审核等级: EXCELLENT 优, GOOD 良, FAIR 中, POOR 差") TargetGrade grade) {
}
