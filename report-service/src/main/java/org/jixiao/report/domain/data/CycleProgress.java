package org.jixiao.report.domain.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jixiao.platform.workflow.Timeliness;

/**
 * evaluation-service GET /cycles/{year}/departments: per department that has done anything, its department targets,
 * monitoring per checkpoint and newest SELF evaluation, each with its status and against its deadline.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CycleProgress(int year, List<DepartmentProgress> departments) {
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DepartmentProgress(String department, Step targets, List<Step> monitoring, EvaluationStep evaluation) {
        public List<Step> monitoringList() {
            return monitoring == null ? List.of() : monitoring;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Step(String checkpoint, String status, OffsetDateTime doneAt, LocalDate deadline, Timeliness timeliness) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EvaluationStep(long id, String status, BigDecimal total, String grade, OffsetDateTime submittedAt,
                                 LocalDate deadline, Timeliness timeliness) {
    }

    public List<DepartmentProgress> departmentList() {
        return departments == null ? List.of() : departments;
    }
}
