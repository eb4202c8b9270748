package org.jixiao.evaluation.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.evaluation.domain.KeyTask;

/**
 * A key task (重点工作任务) as entered. Lengths and the largest points are checked here (400); whether the
 * points add up and each indicator has what its direction needs are domain rules (422).
 */
@Schema(name = "KeyTaskRequest", description = "A key task with its indicators; points ≥ 0 and adding up to the TASKS node")
public record KeyTaskRequest(
        @Schema(example = "有效化解各类信访矛盾") @Size(max = Limits.MAX_NAME) String name,
        @Schema(example = "增强信访治理效能") @Size(max = 1000) String goal,
        @Schema(example = "50") @DecimalMax(Limits.MAX_POINTS) BigDecimal points,
        @Schema(example = "全年推动化解信访事项8.91万件，按期答复率99.99%。") @Size(max = 4000) String outcome,
        @Size(max = 50) List<@NotNull @Valid TaskIndicatorRequest> indicators) {

    KeyTask toDomain() {
        return new KeyTask(name, goal, points, outcome,
                indicators == null ? List.of() : indicators.stream().map(TaskIndicatorRequest::toDomain).toList());
    }
}
