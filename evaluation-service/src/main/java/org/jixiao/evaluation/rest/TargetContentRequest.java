package org.jixiao.evaluation.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an edit of a DRAFT or RETURNED target set replaces: project name, goal, key tasks or indicators. */
@Schema(name = "TargetContentRequest", description = "The new content of a DRAFT or RETURNED target set (department, year, scope and projectKey do not change)")
public record TargetContentRequest(
        @Size(max = Limits.MAX_NAME) @Schema(example = "信息化建设") String projectName,
        @Size(max = 2000) @Schema(example = "完成信访信息系统升级改造，提升群众网上信访办理效率") String goal,
        @Size(max = TargetResource.MAX_TASKS) List<@NotNull @Valid TargetTaskRequest> tasks,
        @Size(max = TargetResource.MAX_INDICATORS) List<@NotNull @Valid TargetIndicatorRequest> indicators) {
}
