package org.jixiao.evaluation.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.evaluation.domain.MonitoringEntry;
import org.jixiao.evaluation.domain.Tier;

/**
 * One indicator of a monitoring report. Lengths of names and explanations and the positions' range are checked here
 * (400); whether the position names an indicator of the approved targets and the values fit its nature are domain
 * rules (422).
 */
@Schema(name = "MonitoringEntryRequest", description = "绩效运行监控: one indicator of the approved targets, addressed by position "
        + "(task for a DEPARTMENT set, indicator), with 截至目前完成值, 全年预计完成值, 偏差原因 and 纠偏措施")
public record MonitoringEntryRequest(
        @Min(0) @Max(TargetResource.MAX_TASKS) @Schema(example = "0", description = "DEPARTMENT sets only: the key task's position (from 0)")
        Integer task,
        @Min(0) @Max(TargetResource.MAX_INDICATORS) @Schema(example = "0", description = "the indicator's position (from 0) in the "
                + "approved targets' indicators, or in the key task's") Integer indicator,
        @Size(max = Limits.MAX_NAME) @Schema(example = "系统功能模块上线数", description = "optional: the indicator's name, checked "
                + "against the position (a mismatch is a 422)") String name,
        @Schema(example = "3", oneOf = {BigDecimal.class, String.class}, description = "截至目前完成值: a number for GE, LE and EQ; "
                + "a text for QUALITATIVE") Object completedToDate,
        @Schema(example = "5", oneOf = {BigDecimal.class, String.class}, description = "全年预计完成值: a number for GE, LE and EQ; "
                + "a text for QUALITATIVE") Object expectedYearEnd,
        @Schema(example = "ACHIEVED", description = "QUALITATIVE only, required there: ACHIEVED 预计达成, PARTIAL 部分达成, "
                + "NOT_ACHIEVED 未达成") Tier expectedTier,
        @Size(max = Limits.MAX_EXPLANATION) @Schema(example = "系统集成测试延后一个月", description = "偏差原因") String cause,
        @Size(max = Limits.MAX_EXPLANATION) @Schema(example = "增加测试人员，9月底前完成上线", description = "纠偏措施") String remedy) {

    MonitoringEntry toDomain() {
        return new MonitoringEntry(task, indicator, name, completedToDate instanceof String s ? s.strip() : completedToDate,
                expectedYearEnd instanceof String s ? s.strip() : expectedYearEnd, expectedTier, cause, remedy);
    }
}
