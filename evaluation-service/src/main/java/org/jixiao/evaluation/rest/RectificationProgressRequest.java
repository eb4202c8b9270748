package org.jixiao.evaluation.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.evaluation.domain.RectificationStatus;

/** A step of the work: IN_PROGRESS, or DONE with what was done and its proof. */
@Schema(name = "RectificationProgressRequest", example = """
        {"status": "DONE", "evidence": "已修订《绩效目标管理办法》，2022年项目均设置满意度指标；佐证材料：穗信发〔2022〕12号"}""")
public record RectificationProgressRequest(
        @Schema(description = "IN_PROGRESS or DONE (OVERDUE follows from the deadline and is not set)") RectificationStatus status,
        @Schema(description = "整改情况 and 佐证材料: required for DONE") @Size(max = Limits.MAX_EXPLANATION) String evidence) {
}
