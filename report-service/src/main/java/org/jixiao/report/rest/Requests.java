package org.jixiao.report.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies. */
public final class Requests {
    private Requests() {
    }

    @Schema(description = "A report of a department and year, bound to a scored evaluation")
    public record CreateReport(
            @Schema(examples = "GZ-XFJ") @NotBlank @Size(max = 64) String department,
            @Schema(examples = "2021") @NotNull @Min(2000) @Max(2100) Integer year,
            @Schema(examples = "1") @NotNull @Positive Long evaluationId,
            @Schema(examples = "2021年度广州市信访局部门整体支出绩效自评报告", description = "default: {year}年度{部门名}部门整体支出绩效自评报告")
            @Size(max = 200) String title) {
    }

    @Schema(description = "Narrative text; figures bind as {{placeholder}} (GET /api/v1/placeholders)")
    public record SectionText(
            @Schema(examples = "根据财政预算绩效管理要求，我局对部门整体支出绩效开展自评，涉及一般公共预算支出 {{execution.all.spent}} 万元。")
            @NotNull @Size(max = 50000) String text) {
    }

    @Schema(description = "Optional: the date the data are taken at (default: the year end)")
    public record CreateVersion(
            @Schema(examples = "2021-12-31") @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date YYYY-MM-DD") String asOf) {
    }
}
