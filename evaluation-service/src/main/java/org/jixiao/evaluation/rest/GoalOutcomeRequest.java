package org.jixiao.evaluation.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 实际完成情况 of a project's 年度总体目标, as the department writes it in its 项目支出绩效自评表. */
@Schema(name = "GoalOutcomeRequest", description = "实际完成情况 of the 年度总体目标 (the table's row beside the goal)")
public record GoalOutcomeRequest(
        @NotBlank @Size(max = Limits.MAX_EXPLANATION)
        @Schema(example = "完成信访信息系统升级改造，6个功能模块全部上线运行，系统全年稳定运行，群众网上信访更加便捷。") String outcome) {
}
