package org.jixiao.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.evaluation.domain.TargetContent;
import org.jixiao.evaluation.domain.TargetScope;
import org.jixiao.evaluation.domain.TargetStatus;
import org.jixiao.evaluation.service.TargetService;
import org.jixiao.evaluation.service.TargetSetView;
import org.jixiao.evaluation.service.TargetVersionView;
import org.jixiao.platform.paging.Page;
import org.jixiao.platform.paging.PageRequest;
import org.jixiao.platform.paging.QueryParams;
import org.jixiao.platform.security.Roles;
import org.jixiao.platform.xlsx.XlsxProblem;
import org.jixiao.platform.xlsx.XlsxUploads;

@Path("/api/v1/targets")
@Tag(name = "Performance targets", description = "绩效目标: 申报 (declared with the budget), 审核 by the finance bureau, 批复 or 退回; "
        + "approved targets are immutable and versioned, a change is a 目标调整 with a reason, a document number and a date")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TargetResource {
    /** The most key tasks of a DEPARTMENT target set. */
    static final int MAX_TASKS = 50;
    /** The most indicators of a PROJECT target set. */
    static final int MAX_INDICATORS = 100;

    /** 信息化建设's six indicators (an illustrative 项目绩效目标申报表), with 项目总成本 at 130 万元 or, adjusted, 120. */
    private static final String XXH_HEAD = """
              {"level1": "OUTPUT", "level2": "QUANTITY", "name": "系统功能模块上线数", "nature": "GE", "value": 5, "unit": "个", "weight": 20},
              {"level1": "OUTPUT", "level2": "QUALITY", "name": "系统可用率", "nature": "GE", "value": 99, "unit": "%", "weight": 15},
              {"level1": "OUTPUT", "level2": "TIMELINESS", "name": "项目完成时间", "nature": "LE", "value": 12, "unit": "月", "weight": 15},
            """;
    private static final String XXH_TAIL = """
              {"level1": "BENEFIT", "level2": "SOCIAL_BENEFIT", "name": "群众信访事项网上办理率", "nature": "GE", "value": 90, "unit": "%", "weight": 20},
              {"level1": "SATISFACTION", "level2": "SERVICE_SATISFACTION", "name": "群众满意度", "nature": "GE", "value": 90, "unit": "%", "weight": 10}]}""";
    private static final String XXH_INDICATORS_130 = XXH_HEAD + """
              {"level1": "COST", "level2": "ECONOMIC_COST", "name": "项目总成本", "nature": "LE", "value": 130, "unit": "万元", "weight": 10},
            """ + XXH_TAIL;
    private static final String XXH_INDICATORS_120 = XXH_HEAD + """
              {"level1": "COST", "level2": "ECONOMIC_COST", "name": "项目总成本", "nature": "LE", "value": 120, "unit": "万元", "weight": 10},
            """ + XXH_TAIL;

    static final String PROJECT_EXAMPLE = """
            {"department": "GZ-XFJ", "year": 2022, "scope": "PROJECT", "projectKey": "XXH-2022", "projectName": "信息化建设",
             "goal": "完成信访信息系统升级改造，提升群众网上信访办理效率和满意度",
             "indicators": [
            """ + XXH_INDICATORS_130;
    /**
     * A real table: 永德县明朗中学, 2022 义务教育营养改善计划专项资金 (项目支出绩效自评表, 公开14表, yongde.gov.cn/info/3003/116104.htm),
     * its targets as published, weighted 10 each (90 with 预算执行率's 10).
     */
    static final String REAL_PROJECT_EXAMPLE = """
            {"department": "YD-MLZX", "year": 2022, "scope": "PROJECT", "projectKey": "YYGS-2022", "projectName": "义务教育营养改善计划专项资金",
             "goal": "确保每一个学生都能享受到国家政策福利,改善学生体质",
             "indicators": [
              {"level1": "OUTPUT", "level2": "QUANTITY", "name": "学生受资助人数", "nature": "GE", "value": 735, "unit": "人次", "weight": 10},
              {"level1": "OUTPUT", "level2": "QUALITY", "name": "营养改善计划覆盖率", "nature": "GE", "value": 100, "unit": "%", "weight": 10},
              {"level1": "OUTPUT", "level2": "TIMELINESS", "name": "资金到位及时率", "nature": "GE", "value": 100, "unit": "%", "weight": 10},
              {"level1": "OUTPUT", "level2": "OUTPUT_COST", "name": "生均补助标准达标率", "nature": "EQ", "value": 100, "unit": "%", "weight": 10},
              {"level1": "BENEFIT", "level2": "ECONOMIC_BENEFIT", "name": "减轻贫困学生家庭经济负担", "nature": "QUALITATIVE", "value": "有效", "weight": 10},
              {"level1": "BENEFIT", "level2": "SOCIAL_BENEFIT", "name": "政策知晓率", "nature": "EQ", "value": 100, "unit": "%", "weight": 10},
              {"level1": "BENEFIT", "level2": "SUSTAINABILITY", "name": "促进学校教育事业健康发展", "nature": "GE", "value": 100, "unit": "%", "weight": 10},
              {"level1": "SATISFACTION", "level2": "SERVICE_SATISFACTION", "name": "学生满意度", "nature": "GE", "value": 95, "unit": "%", "weight": 10},
              {"level1": "SATISFACTION", "level2": "SERVICE_SATISFACTION", "name": "家长满意度", "nature": "GE", "value": 95, "unit": "%", "weight": 10}]}""";
    static final String DEPARTMENT_EXAMPLE = """
            {"department": "GZ-XFJ", "year": 2022, "scope": "DEPARTMENT", "goal": "增强信访治理效能，维护社会和谐稳定",
             "tasks": [
              {"name": "有效化解各类信访矛盾", "goal": "增强信访治理效能", "points": 25, "indicators": [
                {"level1": "OUTPUT", "level2": "QUALITY", "name": "按期答复率", "nature": "GE", "value": 95, "unit": "%", "weight": 1}]},
              {"name": "维护市人民来访接待厅秩序", "goal": "确保接访大厅安全有序", "points": 25, "indicators": [
                {"level1": "OUTPUT", "level2": "QUALITY", "name": "极端恶性事件", "nature": "LE", "value": 0, "unit": "起", "weight": 1},
                {"level1": "BENEFIT", "level2": "SOCIAL_BENEFIT", "name": "接访秩序", "nature": "QUALITATIVE", "value": "安全有序", "weight": 1}]}]}""";

    private final TargetService targets;

    private final XlsxUploads uploads;

    public TargetResource(TargetService targets, XlsxUploads uploads) {
        this.uploads = uploads;
        this.targets = targets;
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Path("template.xlsx")
    @Produces(XlsxUploads.MEDIA_TYPE)
    @Operation(summary = "The empty indicator workbook of a project's targets (sheet 绩效指标: 一级指标, 二级指标, 三级指标, "
            + "指标性质, 指标值, 度量单位, 分值), to fill in and PUT to …/{id}/indicators")
    @APIResponse(responseCode = "200", description = "An XLSX with the header row only")
    public Response indicatorTemplate() {
        return workbook(List.of(), "targets-template.xlsx");
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Path("{id}/indicators.xlsx")
    @Produces(XlsxUploads.MEDIA_TYPE)
    @Operation(summary = "A project target set's current indicators in the import workbook (sheet 绩效指标)")
    @APIResponse(responseCode = "200", description = "An XLSX that imports back unchanged")
    @APIResponse(responseCode = "404", description = "Unknown target set")
    public Response exportIndicators(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64",
            minimum = "1")) String id) {
        long set = QueryParams.id(id, "id");
        return workbook(TargetSheet.export(targets.get(set).indicators()), "targets-" + set + "-indicators.xlsx");
    }

    @PUT
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT})
    @Path("{id}/indicators")
    @Consumes(XlsxUploads.MEDIA_TYPE)
    @Operation(summary = "Replace a DRAFT or RETURNED project set's indicators from a workbook (sheet 绩效指标), all or nothing",
            description = """
            The rows are the indicators, in order; the annual goal and the project stay. The same rules as the JSON edit
            (levels, a number for ≥ ≤ =, a unit, weights adding up to 90), each problem at its cell (绩效指标!E4: "指标值: a
            number is due for 指标性质 ≥ (got '完成')"); nothing is stored when any row is bad.""")
    @RequestBody(content = @Content(mediaType = XlsxUploads.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "Stored; the target set")
    @APIResponse(responseCode = "409", description = "The set is SUBMITTED or APPROVED")
    @APIResponse(responseCode = "413", description = "Larger than jixiao.xlsx.max-bytes")
    @APIResponse(responseCode = "422", description = "Not a valid XLSX, a DEPARTMENT set, or problems at named cells; nothing stored")
    public TargetSetView importIndicators(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64",
            minimum = "1")) String id, @Context HttpHeaders headers, InputStream body) {
        long set = QueryParams.id(id, "id");
        TargetContent current = targets.editableIndicators(set);
        XlsxUploads.SheetContent content = uploads.read(body, headers.getLength(), TargetSheet.TEMPLATE);
        TargetSheet.Parsed parsed = TargetSheet.parse(content.records());
        List<XlsxProblem> problems = new ArrayList<>(content.problems());
        problems.addAll(parsed.problems());
        TargetContent replaced = new TargetContent(current.goal(), List.of(), parsed.indicators());
        if (problems.isEmpty()) {
            problems.addAll(TargetSheet.at(targets.rules(TargetScope.PROJECT, replaced), parsed.rows()));
        }
        if (!problems.isEmpty()) {
            throw XlsxProblem.reject(problems);
        }
        return targets.update(set, null, replaced);
    }

    private static Response workbook(List<? extends List<?>> rows, String fileName) {
        return Workbooks.download(TargetSheet.TEMPLATE, rows, fileName);
    }

    @POST
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT})
    @Operation(summary = "Declare a target set (绩效目标申报) as a DRAFT: a department's overall targets or a project's")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "项目绩效目标: 永德县明朗中学 2022 义务教育营养改善计划 (published table)",
                    value = REAL_PROJECT_EXAMPLE),
            @ExampleObject(name = "项目绩效目标 (信息化建设, illustrative)", value = PROJECT_EXAMPLE),
            @ExampleObject(name = "整体绩效目标", value = DEPARTMENT_EXAMPLE)}))
    @APIResponse(responseCode = "201", description = "Created as DRAFT; Location names it")
    @APIResponse(responseCode = "400", description = "Not JSON of this shape, an unknown enum, a text too long or a number out of bounds, naming the field")
    @APIResponse(responseCode = "403", description = "Not finance, nor a department declaring its own targets")
    @APIResponse(responseCode = "409", description = "A target set of that department, year, scope (and project) exists already")
    @APIResponse(responseCode = "422", description = "Weights or points not adding up, a unit missing, a value not fitting its nature, "
            + "level2 not under level1, each named (indicators[2].unit)")
    public Response createTarget(@Valid @NotNull TargetSetRequest request) {
        TargetSetView created = targets.create(request.newTarget());
        return Response.created(URI.create("/api/v1/targets/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Operation(summary = "Target sets by id, filtered by department, year, scope, status and project, and by what the caller may see (paged)")
    @APIResponse(responseCode = "200", description = "A page: items, total, page, size")
    @APIResponse(responseCode = "400", description = "Unknown scope or status, a year, page or size that is not a whole number in range")
    public Page<TargetSetView> listTargets(@QueryParam("department")
                                    @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = Params.MAX_CODE_LENGTH))
                                    String department,
                                    @QueryParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2000",
                                            maximum = "2100")) String year,
                                    @QueryParam("scope") @Parameter(schema = @Schema(enumeration = {"DEPARTMENT", "PROJECT"}))
                                    String scope,
                                    @QueryParam("status") @Parameter(schema = @Schema(enumeration = {"DRAFT", "SUBMITTED",
                                            "APPROVED", "RETURNED"})) String status,
                                    @QueryParam("projectKey") @Parameter(schema = @Schema(type = SchemaType.STRING,
                                            maxLength = Params.MAX_CODE_LENGTH)) String projectKey,
                                    @QueryParam("page") @DefaultValue("0") @Parameter(schema = @Schema(type = SchemaType.INTEGER,
                                            minimum = "0")) String page,
                                    @QueryParam("size") @DefaultValue("50") @Parameter(schema = @Schema(type = SchemaType.INTEGER,
                                            minimum = "1", maximum = "1000")) String size) {
        PageRequest request = PageRequest.of(QueryParams.integer(page, "page", 0, Integer.MAX_VALUE, 0),
                QueryParams.integer(size, "size", 1, PageRequest.MAX_SIZE, 50));
        return targets.list(QueryParams.text(department, "department", Params.MAX_CODE_LENGTH),
                QueryParams.integer(year, "year", 2000, 2100, null),
                QueryParams.enumOf(TargetScope.class, scope, "scope", null),
                QueryParams.enumOf(TargetStatus.class, status, "status", null),
                QueryParams.text(projectKey, "projectKey", Params.MAX_CODE_LENGTH), request);
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Path("{id}")
    @Operation(summary = "A target set: its current content (the current version's once approved), status, review and version history")
    @APIResponse(responseCode = "200", description = "The target set")
    @APIResponse(responseCode = "400", description = "id is not a whole number from 1")
    @APIResponse(responseCode = "403", description = "The caller may not read this department's targets")
    @APIResponse(responseCode = "404", description = "Unknown target set")
    public TargetSetView getTarget(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id) {
        return targets.get(QueryParams.id(id, "id"));
    }

    @PUT
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT})
    @Path("{id}")
    @Operation(summary = "Edit a DRAFT or RETURNED target set: its project name, goal, key tasks or indicators")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "信息化建设, 退回后修改", value = """
            {"projectName": "信息化建设", "goal": "完成信访信息系统升级改造，提升群众网上信访办理效率和满意度",
             "indicators": [
            """ + XXH_INDICATORS_130)))
    @APIResponse(responseCode = "200", description = "Stored; the target set")
    @APIResponse(responseCode = "400", description = "Not JSON of this shape, an unknown enum, a text too long or a number out of bounds, naming the field")
    @APIResponse(responseCode = "403", description = "Not finance, nor the department's own user")
    @APIResponse(responseCode = "404", description = "Unknown target set")
    @APIResponse(responseCode = "409", description = "Not DRAFT or RETURNED (an approved set changes by an adjustment)")
    @APIResponse(responseCode = "422", description = "The content is not valid, each problem naming its field")
    public TargetSetView updateTarget(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id,
            @Valid @NotNull TargetContentRequest request) {
        return targets.update(QueryParams.id(id, "id"), request.projectName(),
                content(request.goal(), request.tasks(), request.indicators()));
    }

    @POST
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT})
    @Path("{id}/submit")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Submit a DRAFT or RETURNED target set to the finance bureau (申报)")
    @APIResponse(responseCode = "200", description = "SUBMITTED; the target set")
    @APIResponse(responseCode = "400", description = "id is not a whole number from 1")
    @APIResponse(responseCode = "403", description = "Not finance, nor the department's own user")
    @APIResponse(responseCode = "404", description = "Unknown target set")
    @APIResponse(responseCode = "409", description = "Not DRAFT or RETURNED")
    @APIResponse(responseCode = "422", description = "Never: the content was checked when stored")
    public TargetSetView submitTarget(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id) {
        return targets.submit(QueryParams.id(id, "id"));
    }

    @POST
    @RolesAllowed(Roles.FINANCE)
    @Path("{id}/review")
    @Operation(summary = "Review a SUBMITTED target set (审核): approve (批复, stores version 1) with a grade, or return with a comment")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "批复", value = "{\"decision\": \"APPROVE\", \"comment\": \"目标明确，指标细化量化\", \"grade\": \"GOOD\"}"),
            @ExampleObject(name = "退回", value = "{\"decision\": \"RETURN\", \"comment\": \"项目总成本指标与预算金额不符，请修改\"}")}))
    @APIResponse(responseCode = "200", description = "APPROVED (version 1) or RETURNED; the target set")
    @APIResponse(responseCode = "400", description = "Not JSON of this shape, an unknown decision or grade, naming the field")
    @APIResponse(responseCode = "403", description = "Not finance: only the finance bureau reviews")
    @APIResponse(responseCode = "404", description = "Unknown target set")
    @APIResponse(responseCode = "409", description = "Not SUBMITTED")
    @APIResponse(responseCode = "422", description = "decision missing, RETURN without a comment, or APPROVE without a grade")
    public TargetSetView reviewTarget(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id,
            @Valid @NotNull TargetReviewRequest request) {
        return targets.review(QueryParams.id(id, "id"), request.decision(), request.comment(), request.grade());
    }

    @POST
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT})
    @Path("{id}/adjustments")
    @Operation(summary = "Adjust an APPROVED target set (目标调整): stores version n+1 and keeps the earlier ones")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "项目总成本压减", value = """
            {"reason": "年中预算调整，项目总成本压减", "documentNo": "穗财预〔2022〕88号", "effectiveDate": "2022-07-15",
             "goal": "完成信访信息系统升级改造，提升群众网上信访办理效率和满意度",
             "indicators": [
            """ + XXH_INDICATORS_120)))
    @APIResponse(responseCode = "201", description = "The new version; Location names it")
    @APIResponse(responseCode = "400", description = "Not JSON of this shape, an unknown enum, a date that is not a date, naming the field")
    @APIResponse(responseCode = "403", description = "Not finance, nor the department's own user")
    @APIResponse(responseCode = "404", description = "Unknown target set")
    @APIResponse(responseCode = "409", description = "Not APPROVED (before approval, edit it)")
    @APIResponse(responseCode = "422", description = "reason, documentNo or effectiveDate missing, or the content not valid, naming the field")
    public Response adjustTarget(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id,
            @Valid @NotNull TargetAdjustmentRequest request) {
        long set = QueryParams.id(id, "id");
        TargetVersionView version = targets.adjust(set, new TargetService.Adjustment(request.reason(), request.documentNo(),
                request.effectiveDate(), content(request.goal(), request.tasks(), request.indicators())));
        return Response.created(URI.create("/api/v1/targets/" + set + "/versions/" + version.version())).entity(version).build();
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Path("{id}/versions/{version}")
    @Operation(summary = "One approved version of a target set: 1 the approval, later ones adjustments (immutable)")
    @APIResponse(responseCode = "200", description = "The version")
    @APIResponse(responseCode = "400", description = "id or version is not a whole number from 1")
    @APIResponse(responseCode = "403", description = "The caller may not read this department's targets")
    @APIResponse(responseCode = "404", description = "Unknown target set, or no such version")
    public TargetVersionView targetVersion(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id,
            @PathParam("version") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) String version) {
        return targets.version(QueryParams.id(id, "id"), QueryParams.integer(version, "version", 1, Integer.MAX_VALUE, 1));
    }

    static TargetContent content(String goal, List<TargetTaskRequest> tasks, List<TargetIndicatorRequest> indicators) {
        return new TargetContent(goal == null ? null : goal.strip(),
                tasks == null ? List.of() : tasks.stream().map(TargetTaskRequest::toDomain).toList(),
                indicators == null ? List.of() : indicators.stream().map(TargetIndicatorRequest::toDomain).toList());
    }
}
