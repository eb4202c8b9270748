package org.jixiao.budget.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The department's own monthly spending plan: cumulative percent of the budget at each month end",
        example = """
        {"cumulativePercent": [5, 12, 20, 28, 36, 50, 58, 66, 75, 84, 92, 100]}""")
public record PlanRequest(@NotNull @Size(min = 12, max = 12, message = "must have 12 monthly values") List<@NotNull BigDecimal> cumulativePercent) {
}
