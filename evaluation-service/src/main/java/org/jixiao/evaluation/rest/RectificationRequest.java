package org.jixiao.evaluation.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.evaluation.domain.RectificationSource;
import org.jixiao.evaluation.service.NewRectification;

/** A problem to rectify (整改事项), where it was found, and what is to be done by whom and when. */
@Schema(name = "RectificationRequest", description = "A rectification item: the problem, where it was found, measure, owner, deadline",
        example = """
                {"department": "GZ-XFJ", "year": 2021, "source": "FINANCE_REVIEW",
                 "problem": "绩效目标设置不够合理：绩效指标设置较注重产出指标，部分项目缺乏服务对象满意度指标",
                 "measure": "完善绩效目标设置，增设服务对象满意度指标", "owner": "办公室（财务）", "deadline": "2022-06-30"}""")
public record RectificationRequest(
        @NotBlank @Size(max = Params.MAX_CODE_LENGTH) @Pattern(regexp = Params.CODE, message = Params.CODE_MESSAGE) String department,
        @Schema(description = "The fiscal year the problem was found in") @NotNull @Min(2000) @Max(2100) Integer year,
        @Schema(description = "SELF_EVALUATION (a department may open these for itself), FINANCE_REVIEW, THIRD_PARTY, REPORT_FINDING")
        @NotNull RectificationSource source,
        @Schema(description = "The evaluation the problem was found in (its department, year and kind must match)") @Min(1) Long evaluationId,
        @Schema(description = "Its indicator (node code, or task.{n}.indicator.{m}); one item per evaluation and node")
        @Size(max = Params.MAX_CODE_LENGTH) @Pattern(regexp = "[A-Za-z0-9_.-]*", message = Params.CODE_MESSAGE) String nodeCode,
        @Schema(description = "REPORT_FINDING: the report (report-service)") @Min(1) Long reportId,
        @Schema(description = "REPORT_FINDING: the report's version") @Min(1) @Max(100000) Integer reportVersion,
        @Schema(description = "REPORT_FINDING: the finding's rule, e.g. SHORTFALL-UNEXPLAINED")
        @Size(max = Params.MAX_CODE_LENGTH) @Pattern(regexp = "[A-Za-z0-9_.-]*", message = Params.CODE_MESSAGE) String ruleId,
        @Schema(description = "The problem (存在问题): the indicator's cause, the finding's message") @NotBlank
        @Size(max = Limits.MAX_EXPLANATION) String problem,
        @Schema(description = "整改措施") @Size(max = Limits.MAX_EXPLANATION) String measure,
        @Schema(description = "责任人 / 责任处室") @Size(max = Limits.MAX_NAME) String owner,
        @Schema(description = "整改时限 (inclusive, Asia/Shanghai)") LocalDate deadline) {

    NewRectification toNew() {
        return new NewRectification(department, year, source, evaluationId, nodeCode, reportId, reportVersion, ruleId, problem,
                measure, owner, deadline);
    }
}
