package org.jixiao.evaluation.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.evaluation.domain.Kind;
import org.jixiao.evaluation.service.NewEvaluation;

@Schema(description = "An evaluation of a department (or, with lineCode, of one project) for a fiscal year", example = """
        {"framework": "DEPT-OVERALL", "department": "GZ-XFJ", "year": 2021, "kind": "SELF"}""")
public record EvaluationRequest(
        @NotBlank @Size(max = Params.MAX_CODE_LENGTH) String framework,
        @Schema(description = "Framework version; the latest when omitted") @Min(1) Integer frameworkVersion,
        @NotBlank @Size(max = Params.MAX_CODE_LENGTH) @Pattern(regexp = Params.CODE, message = Params.CODE_MESSAGE)
        String department,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull Kind kind,
        @Schema(description = "Budget line of the evaluated project (project evaluations)") @Size(max = Params.MAX_CODE_LENGTH)
        @Pattern(regexp = "[A-Za-z0-9_.-]*", message = Params.CODE_MESSAGE) String lineCode,
        @Schema(description = "budget-service project key of the evaluated project: its approved performance targets "
                + "(项目绩效目标) give the indicators (framework PROJECT-TARGETS), its lines the money")
        @Size(max = Params.MAX_CODE_LENGTH) @Pattern(regexp = "[A-Za-z0-9_.-]*", message = Params.CODE_MESSAGE)
        String projectKey) {

    NewEvaluation newEvaluation() {
        return new NewEvaluation(framework, frameworkVersion, department, year, kind, lineCode, projectKey);
    }
}
