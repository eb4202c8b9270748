package org.jixiao.evaluation.rest;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What is to be done about a problem, by whom and by when; a member left out is cleared. */
@Schema(name = "RectificationPlanRequest", example = """
        {"measure": "完善绩效目标设置，增设服务对象满意度指标", "owner": "办公室（财务）", "deadline": "2022-06-30"}""")
public record RectificationPlanRequest(
        @Schema(description = "整改措施") @Size(max = Limits.MAX_EXPLANATION) String measure,
        @Schema(description = "责任人 / 责任处室") @Size(max = Limits.MAX_NAME) String owner,
        @Schema(description = "整改时限 (inclusive, Asia/Shanghai)") LocalDate deadline) {
}
