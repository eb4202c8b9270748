package org.jixiao.evaluation.rest;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The owner and deadline every item opened from an evaluation's shortfalls gets (both optional). */
@Schema(name = "ShortfallsRequest", example = "{\"owner\": \"办公室（财务）\", \"deadline\": \"2022-06-30\"}")
public record ShortfallsRequest(
        @Schema(description = "责任人 / 责任处室") @Size(max = Limits.MAX_NAME) String owner,
        @Schema(description = "整改时限 (inclusive, Asia/Shanghai)") LocalDate deadline) {
}
