package org.jixiao.evaluation.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.jixiao.platform.json.NumberText;
import org.jixiao.platform.problem.FieldError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.evaluation.domain.Direction;
import org.jixiao.evaluation.domain.IndicatorKind;
import org.jixiao.evaluation.domain.TaskIndicator;
import org.jixiao.evaluation.domain.Tier;

/** An indicator of a key task as entered: by target and actual (GE, LE, EQ), or by tier and fraction (QUALITATIVE). */
@Schema(name = "TaskIndicatorRequest", description = "绩效指标 of a key task")
public record TaskIndicatorRequest(
        @Schema(example = "按期答复率") @Size(max = Limits.MAX_NAME) String name,
        IndicatorKind kind,
        @Schema(example = "GE") Direction direction,
        @Schema(example = "95") @DecimalMin(Limits.MIN_AMOUNT) @DecimalMax(Limits.MAX_AMOUNT) BigDecimal target,
        @Schema(example = "%") @Size(max = 32) String unit,
        @Schema(example = "99.99", type = SchemaType.NUMBER, description = "实际完成值: a number (\"完成\" is a 422 naming it)")
        @JsonDeserialize(using = NumberText.class) String actual,
        Tier tier,
        @Schema(example = "1", minimum = "0", maximum = "1", description = "position inside the tier's band (qualitative), 0–1")
        BigDecimal fraction,
        @Schema(example = "1", description = "positive; 1 when omitted") @DecimalMax(Limits.MAX_WEIGHT) BigDecimal weight,
        @Size(max = Limits.MAX_EXPLANATION) String cause,
        @Size(max = Limits.MAX_EXPLANATION) String remedy) {

    /** The indicator; an actual that is not a number adds a problem naming {@code at}.actual. */
    TaskIndicator toDomain(String at, List<FieldError> problems) {
        return new TaskIndicator(name, kind, direction, target, unit, Actuals.number(actual, at + ".actual", problems), tier,
                fraction, weight, cause, remedy);
    }
}
