package org.jixiao.evaluation.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.evaluation.domain.Direction;
import org.jixiao.evaluation.domain.TargetIndicator;
import org.jixiao.evaluation.domain.TargetLevel1;
import org.jixiao.evaluation.domain.TargetLevel2;

/**
 * A performance target's indicator as declared. Lengths and the largest weight are checked here (400); whether
 * level2 is under level1, the unit is there and the value fits the nature are domain rules (422).
 */
@Schema(name = "TargetIndicatorRequest", description = "绩效指标: 一级 level1, 二级 level2, 三级 name, 指标性质 nature, 指标值 value, 度量单位 unit, 分值 weight")
public record TargetIndicatorRequest(
        @Schema(example = "OUTPUT", description = "一级指标: OUTPUT 产出, COST 成本, BENEFIT 效益, SATISFACTION 满意度") TargetLevel1 level1,
        @Schema(example = "QUANTITY", description = "二级指标, under its level1: QUANTITY 数量, QUALITY 质量, TIMELINESS 时效, OUTPUT_COST 成本 (OUTPUT, as the 2020 tables print it); "
                + "ECONOMIC_COST, SOCIAL_COST, ECOLOGICAL_COST (COST); ECONOMIC_BENEFIT, SOCIAL_BENEFIT, ECOLOGICAL_BENEFIT, "
                + "SUSTAINABILITY (BENEFIT); SERVICE_SATISFACTION (SATISFACTION)") TargetLevel2 level2,
        @Schema(example = "系统功能模块上线数", description = "三级指标") @Size(max = Limits.MAX_NAME) String name,
        @Schema(example = "GE", description = "指标性质: GE ≥, LE ≤, EQ =, QUALITATIVE 定性") Direction nature,
        @Schema(example = "5", oneOf = {BigDecimal.class, String.class},
                description = "指标值: a number for GE, LE and EQ; a text for QUALITATIVE") Object value,
        @Schema(example = "个", description = "度量单位; required unless QUALITATIVE") @Size(max = 32) String unit,
        @Schema(example = "15", type = SchemaType.NUMBER, description = "分值, more than 0") @DecimalMax(Limits.MAX_WEIGHT) BigDecimal weight) {

    TargetIndicator toDomain() {
        return new TargetIndicator(level1, level2, name == null ? null : name.strip(), nature,
                value instanceof String s ? s.strip() : value, unit == null ? null : unit.strip(), weight);
    }
}
