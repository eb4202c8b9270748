package org.jixiao.evaluation.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.evaluation.domain.TaskIndicator;
import org.jixiao.platform.problem.FieldError;
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

    /** The task as the domain reads it; actuals that are not numbers add problems naming their path from {@code at}. */
    KeyTask toDomain(String at, List<FieldError> problems) {
        List<TaskIndicator> read = new ArrayList<>();
        for (int i = 0; indicators != null && i < indicators.size(); i++) {
            read.add(indicators.get(i).toDomain(at + ".indicators[" + i + "]", problems));
        }
        return new KeyTask(name, goal, points, outcome, read);
    }
}
