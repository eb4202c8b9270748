package org.jixiao.budget.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
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
        @Schema(description = "主要职能") List<@NotBlank @Size(max = 2000) String> functions) {

    DepartmentDetails details() {
        return new DepartmentDetails(name, divisions, functions);
    }
}
