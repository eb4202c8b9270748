package org.jixiao.report.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.platform.problem.ProblemException;

/** Request bodies. Every text member has a maximum length, which the OpenAPI document shows (maxLength). */
public final class Requests {
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    /** The column report.department; budget-service's department codes are as long at most. */
    static final int DEPARTMENT_MAX = 64;
    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 50_000;

    private Requests() {
    }

    @Schema(description = "A report of a department and year, bound to a scored evaluation")
    public record CreateReport(
            @Schema(examples = "GZ-XFJ", description = "budget-service department code: letters, digits, '-', '_', '.'; not starting with '.'")
            @NotBlank @Size(max = DEPARTMENT_MAX)
            @Pattern(regexp = "[A-Za-z0-9_-][A-Za-z0-9_.-]*", message = "letters, digits, '-', '_' or '.' only, not starting with '.'")
            String department,
            @Schema(examples = "2021") @NotNull @Min(MIN_YEAR) @Max(MAX_YEAR) Integer year,
            @Schema(examples = "1") @NotNull @Positive Long evaluationId,
            @Schema(examples = "2021年度广州市信访局部门整体支出绩效自评报告", description = "default: {year}年度{部门名}部门整体支出绩效自评报告")
            @Size(max = TITLE_MAX) String title) {
    }

    @Schema(description = "Narrative text; figures bind as {{placeholder}} (GET /api/v1/placeholders)")
    public record SectionText(
            @Schema(examples = "根据财政预算绩效管理要求，我局对部门整体支出绩效开展自评，涉及一般公共预算支出 {{execution.all.spent}} 万元。")
            @NotNull @Size(max = TEXT_MAX) String text) {
    }

    @Schema(description = "Optional: the date the data are taken at, in the report's year (default: the year end)")
    public record CreateVersion(
            @Schema(examples = "2021-12-31", format = "date", maxLength = 10)
            @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date YYYY-MM-DD") String asOf) {

        /** asOf as a date (a calendar date: 2021-02-30 is refused, naming asOf), or null when absent. */
        LocalDate date() {
            if (asOf == null) {
                return null;
            }
            try {
                return LocalDate.parse(asOf);
            } catch (DateTimeParseException e) {
                throw ProblemException.invalidField("asOf", "must be a calendar date YYYY-MM-DD, not '" + asOf + "'");
            }
        }
    }
}
