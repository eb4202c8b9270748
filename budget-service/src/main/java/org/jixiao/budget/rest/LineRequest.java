package org.jixiao.budget.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.budget.domain.Category;
import org.jixiao.budget.domain.FundingSource;
import org.jixiao.budget.service.NewBudgetLine;

@Schema(description = "A budget line (预算项目) with its 年初预算数 in yuan", example = """
        {"lineCode": "P-2021-YW", "name": "2021年信息系统运行维护项目", "category": "PROJECT",
         "fundingSource": "MUNICIPAL", "initialAmount": 1250000.00, "projectKey": "XXJS"}""")
public record LineRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_.-]+", message = "letters, digits, '-', '_' or '.' only") String lineCode,
        @NotBlank @Size(max = 200) String name,
        @NotNull Category category,
        @NotNull FundingSource fundingSource,
        @NotNull @DecimalMin("0.00") @Digits(integer = 16, fraction = 2) BigDecimal initialAmount,
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_.-]+", message = "letters, digits, '-', '_' or '.' only")
        @Schema(description = "the project (项目) the line belongs to: a project's lines (this year's appropriation, "
                + "last year's carry-over, other funds) are read together (GET …/projects/{projectKey}/execution)")
        String projectKey) {

    NewBudgetLine newLine() {
        return new NewBudgetLine(lineCode, name, category, fundingSource, initialAmount, projectKey);
    }
}
