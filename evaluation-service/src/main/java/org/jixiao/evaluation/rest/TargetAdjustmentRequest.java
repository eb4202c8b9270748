package org.jixiao.evaluation.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 目标调整: the reason, the approving document and its date, and the whole new content. */
@Schema(name = "TargetAdjustmentRequest", description = "目标调整 of an approved target set: reason, documentNo, effectiveDate and the new goal, tasks or indicators")
public record TargetAdjustmentRequest(
        @Size(max = Limits.MAX_EXPLANATION) @Schema(example = "年中预算调整，项目总成本压减") String reason,
        @Size(max = 100) @Schema(example = "穗财预〔2022〕88号") String documentNo,
        @Schema(example = "2022-07-15") LocalDate effectiveDate,
        @Size(max = 2000) String goal,
        @Size(max = TargetResource.MAX_TASKS) List<@NotNull @Valid TargetTaskRequest> tasks,
        @Size(max = TargetResource.MAX_INDICATORS) List<@NotNull @Valid TargetIndicatorRequest> indicators) {
}
