package org.jixiao.evaluation.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A checkpoint's monitoring report: one entry per indicator of the approved targets. */
@Schema(name = "MonitoringRequest", description = "绩效运行监控表 at a checkpoint: every indicator of the approved targets once")
public record MonitoringRequest(
        @Size(max = MonitoringRequest.MAX_ENTRIES) List<@NotNull @Valid MonitoringEntryRequest> indicators) {
    /** A DEPARTMENT set holds at most 50 key tasks; their indicators together stay well below this. */
    static final int MAX_ENTRIES = 1000;
}
