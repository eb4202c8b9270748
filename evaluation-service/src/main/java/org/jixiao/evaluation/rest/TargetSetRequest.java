package org.jixiao.evaluation.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.evaluation.domain.TargetContent;
import org.jixiao.evaluation.domain.TargetScope;
import org.jixiao.evaluation.service.TargetService;

/** A target set as declared (绩效目标申报): a DRAFT. */
@Schema(name = "TargetSetRequest", description = "绩效目标申报: department, year, scope (PROJECT with projectKey and projectName), 年度总体目标, key tasks or indicators")
public record TargetSetRequest(
        @NotBlank @Size(max = Params.MAX_CODE_LENGTH) @Pattern(regexp = Params.CODE, message = Params.CODE_MESSAGE)
        @Schema(example = "GZ-XFJ") String department,
        @NotNull @Min(2000) @Max(2100) @Schema(example = "2022") Integer year,
        @NotNull @Schema(example = "PROJECT", description = "DEPARTMENT 整体绩效目标 or PROJECT 项目绩效目标") TargetScope scope,
        @Size(max = Params.MAX_CODE_LENGTH) @Pattern(regexp = "[A-Za-z0-9_.-]*", message = Params.CODE_MESSAGE)
        @Schema(example = "XXH-2022", description = "budget-service projectKey (PROJECT only)") String projectKey,
        @Size(max = Limits.MAX_NAME) @Schema(example = "信息化建设", description = "项目名称 (PROJECT only)") String projectName,
        @Size(max = 2000) @Schema(example = "完成信访信息系统升级改造，提升群众网上信访办理效率") String goal,
        @Size(max = TargetResource.MAX_TASKS) List<@NotNull @Valid TargetTaskRequest> tasks,
        @Size(max = TargetResource.MAX_INDICATORS) List<@NotNull @Valid TargetIndicatorRequest> indicators) {

    TargetService.NewTarget newTarget() {
        return new TargetService.NewTarget(department, year, scope, projectKey, projectName, TargetResource.content(goal, tasks, indicators));
    }
}
