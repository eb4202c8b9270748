package org.jixiao.evaluation.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.evaluation.domain.TargetTask;

/** A key task (重点工作任务) of a DEPARTMENT target set, with its indicators. */
@Schema(name = "TargetTaskRequest", description = "A key task: name, goal, points (adding up to jixiao.targets.department-task-points), indicators")
public record TargetTaskRequest(
        @Schema(example = "有效化解各类信访矛盾") @Size(max = Limits.MAX_NAME) String name,
        @Schema(example = "增强信访治理效能") @Size(max = 1000) String goal,
        @Schema(example = "18") @DecimalMax(Limits.MAX_POINTS) BigDecimal points,
        @Size(max = 50) List<@NotNull @Valid TargetIndicatorRequest> indicators) {

    TargetTask toDomain() {
        return new TargetTask(name == null ? null : name.strip(), goal == null ? null : goal.strip(), points,
                indicators == null ? List.of() : indicators.stream().map(TargetIndicatorRequest::toDomain).toList());
    }
}
