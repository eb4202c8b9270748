package org.jixiao.budget.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jixiao.budget.domain.GovernmentLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.budget.service.DepartmentDetails;

@Schema(description = "部门 / 预算单位", example = """
        {"code": "GZ-XFJ", "name": "广州市信访局",
         "divisions": ["办公室", "督查处", "调研处", "来信办理处", "来访接待处", "复查复核处", "网上信访办理处"],
         "functions": ["贯彻执行党和国家有关信访工作的方针、政策和法律、法规……", "处理群众和境外人士来信、来访、来邮和网上信访……"]}""")
public record DepartmentRequest(
        @Schema(description = "Unique department code; ignored on PUT (the path names it)")
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_.-]+", message = "letters, digits, '-', '_' or '.' only") String code,
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "内设处室") List<@NotBlank @Size(max = 200) String> divisions,
        @Schema(description = "主要职能") List<@NotBlank @Size(max = 2000) String> functions,
        @Schema(description = "How its report refers to it: 我局, 我委, 我办, 我镇, 本单位 (default: from the name)", example = "我局")
        @Size(max = 10) String selfReference,
        @Schema(description = "Government level: MUNICIPAL 市本级, DISTRICT 区本级, COUNTY 县本级, TOWN 镇本级 (default: the "
                + "installation's, report-service jixiao.report.wording.level)") GovernmentLevel governmentLevel,
        @Schema(description = "The area its ranking covers: 全市, 全区, 全县 (default: the installation's)", example = "全市")
        @Size(max = 10) String rankingArea) {

    DepartmentDetails details() {
        return new DepartmentDetails(name, divisions, functions, selfReference, governmentLevel, rankingArea);
    }
}
