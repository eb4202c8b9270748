package org.jixiao.report.domain.board;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.platform.workflow.Timeliness;

/**
 * One department on the city board: each step of the year's cycle with its status and where it stands against its
 * deadline, the score and grade, and the steps flagged late (done late or overdue).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BoardRow(String department, String name, Step targets, List<Step> monitoring, Step evaluation, BigDecimal score,
                       String grade, Step report, Integer publishedVersion, Long reportId, List<String> late) {

    /** A step: its status (absent: nothing done), against its deadline. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(String checkpoint, String status, Timeliness timeliness) {
    }

    /** Whether any step is flagged (not a JSON member: {@code late} lists them). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean anyLate() {
        return !late.isEmpty();
    }
}
