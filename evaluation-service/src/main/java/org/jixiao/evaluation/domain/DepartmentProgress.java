package org.jixiao.evaluation.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jixiao.platform.workflow.Timeliness;

/**
 * Where one department stands in a year's cycle, as evaluation-service knows it (the city board's evaluation half):
 * its department targets, its monitoring at each checkpoint, its latest SELF department evaluation.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DepartmentProgress(String department, Step targets, List<Step> monitoring, EvaluationStep evaluation) {

    /** The year's progress of every department that has done anything, by code. */
    public record OfYear(int year, List<DepartmentProgress> departments) {
    }

    /** A step of the cycle: its status, when it was done (submitted, recorded), against its deadline. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(String checkpoint, String status, OffsetDateTime doneAt, LocalDate deadline, Timeliness timeliness) {
    }

    /** The self-evaluation: review status, latest score, against the self-evaluation deadline. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EvaluationStep(long id, String status, BigDecimal total, String grade, OffsetDateTime submittedAt,
                                 LocalDate deadline, Timeliness timeliness) {
    }
}
