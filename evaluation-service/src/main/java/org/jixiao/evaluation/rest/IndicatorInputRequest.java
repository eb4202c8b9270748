package org.jixiao.evaluation.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.jixiao.platform.json.NumberText;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.evaluation.domain.Direction;
import org.jixiao.evaluation.domain.IndicatorInput;
import org.jixiao.evaluation.domain.Tier;

/**
 * What an evaluator enters for one indicator. Lengths and magnitudes are checked here (400); what the
 * indicator's method needs, and its ranges (fraction 0–1, score 0–points), are domain rules (422).
 */
@Schema(name = "IndicatorInputRequest", description = "actual/target/direction (TARGET_RATIO), actual (DEDUCTION), "
        + "tier + fraction (TIERED), or score + justification (MANUAL)", example = """
        {"tier": "ACHIEVED", "fraction": 0.5}""")
public record IndicatorInputRequest(
        Direction direction,
        @DecimalMin(Limits.MIN_AMOUNT) @DecimalMax(Limits.MAX_AMOUNT) BigDecimal target,
        @Schema(type = SchemaType.NUMBER, description = "实际完成值: a number (\"完成\" is a 422 naming actual)")
        @JsonDeserialize(using = NumberText.class) String actual,
        Tier tier,
        @Schema(minimum = "0", maximum = "1", description = "position inside the tier's band, 0–1 (1 when omitted)")
        BigDecimal fraction,
        @Schema(minimum = "0", description = "MANUAL: 0 to the node's points") @DecimalMax(Limits.MAX_POINTS) BigDecimal score,
        @Size(max = Limits.MAX_EXPLANATION) String justification,
        @Size(max = Limits.MAX_EXPLANATION) String cause,
        @Size(max = Limits.MAX_EXPLANATION) String remedy,
        @Schema(description = "true: 不适用, the indicator does not apply (the reason in justification); it is left out "
                + "and the other indicators of its parent are rescaled to the parent's full points")
        Boolean notApplicable) {

    IndicatorInput toDomain() {
        List<FieldError> problems = new ArrayList<>();
        BigDecimal actualValue = Actuals.number(actual, "actual", problems);
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable("the actual is not a number", problems);
        }
        return new IndicatorInput(direction, target, actualValue, tier, fraction, score, justification, cause, remedy,
                notApplicable);
    }
}
