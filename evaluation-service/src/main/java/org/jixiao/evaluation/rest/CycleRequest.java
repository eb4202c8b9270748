package org.jixiao.evaluation.rest;

import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The deadlines of a year's cycle, each a date (inclusive); an item left out has no deadline. */
@Schema(name = "CycleRequest", description = "The year's deadlines: 绩效目标申报, 绩效运行监控 per checkpoint, 自评提交, 自评报告提交")
public record CycleRequest(
        @Schema(example = "2021-03-31", description = "targets declared and submitted (绩效目标申报)") LocalDate targets,
        @Schema(example = "{\"06-30\": \"2021-07-15\", \"08-31\": \"2021-09-15\"}",
                description = "per monitoring checkpoint (month-day): the monitoring recorded (绩效运行监控)")
        Map<String, LocalDate> monitoring,
        @Schema(example = "2022-03-31", description = "the self-evaluation submitted (自评提交)") LocalDate selfEvaluation,
        @Schema(example = "2022-04-30", description = "the self-evaluation report submitted (自评报告提交)") LocalDate report) {
}
