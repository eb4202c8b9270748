package org.jixiao.platform.workflow;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The finance bureau's review (审核) of a submitted self-evaluation or report. */
// no class-level @Schema: a named schema would be listed, unused, by every service that scans platform
public record ReviewRequest(
        @Schema(example = "RETURN") ReviewDecision decision,
        @Size(max = 2000) @Schema(example = "履职效能部分指标的偏差原因未说明，请补充后重新提交") String comment) {
}
