package org.jixiao.evaluation.rest;


import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.evaluation.domain.Comparison;
import org.jixiao.evaluation.domain.EvaluationSubject;
import org.jixiao.evaluation.domain.FrameworkNode;
import org.jixiao.evaluation.domain.IndicatorInput;
import org.jixiao.evaluation.domain.KeyTask;
import org.jixiao.evaluation.domain.Kind;
import org.jixiao.evaluation.domain.ScoreResult;
import org.jixiao.evaluation.service.Evaluation;
import org.jixiao.evaluation.service.EvaluationService;
import org.jixiao.evaluation.service.RectificationService;
import org.jixiao.platform.paging.Page;
import org.jixiao.platform.paging.PageRequest;
import org.jixiao.platform.paging.QueryParams;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;
import org.jixiao.platform.security.Roles;
import org.jixiao.platform.workflow.ReviewRequest;
import org.jixiao.platform.workflow.ReviewStatus;
import org.jixiao.platform.xlsx.XlsxProblem;
import org.jixiao.platform.xlsx.XlsxUploads;

@Path("/api/v1/evaluations")
@Tag(name = "Evaluations", description = "自评, 财政重评, 第三方评价: inputs, scoring, results, comparison")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationResource {
    /** The most key tasks an evaluation holds. */
    static final int MAX_TASKS = 50;

    private final EvaluationService evaluations;
    private final Validator validator;
    private final XlsxUploads uploads;
    private final RectificationService rectifications;

    public EvaluationResource(EvaluationService evaluations, Validator validator, XlsxUploads uploads,
                              RectificationService rectifications) {
        this.rectifications = rectifications;
        this.uploads = uploads;
        this.evaluations = evaluations;
        this.validator = validator;
    }

    @POST
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.THIRD_PARTY})
    @Operation(summary = "Open an evaluation of a department (or, with lineCode, of a project) for a fiscal year")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "422", description = "Unknown framework")
    public Response create(@Valid @NotNull EvaluationRequest request) {
        EvaluationView created = EvaluationView.of(evaluations.create(request.newEvaluation()));
        return Response.created(URI.create("/api/v1/evaluations/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Operation(summary = "Evaluations, by id, filtered by department, year, kind, subject, project and review status (paged)")
    @APIResponse(responseCode = "200", description = "A page: items, total, page, size")
    @APIResponse(responseCode = "400", description = "Unknown kind or subject, a year, page or size that is not a whole number in range")
    public Page<EvaluationView> list(@QueryParam("department")
                                     @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = Params.MAX_CODE_LENGTH))
                                     String department,
                                     @QueryParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2000",
                                             maximum = "2100")) String year,
                                     @QueryParam("kind") String kind,
                                     @QueryParam("subject") @Parameter(description = "DEPARTMENT (部门整体) or PROJECT "
                                             + "(项目支出: by project key or budget line); both when omitted") String subject,
                                     @QueryParam("projectKey") @Parameter(schema = @Schema(type = SchemaType.STRING,
                                             maxLength = Params.MAX_CODE_LENGTH)) String projectKey,
                                     @QueryParam("status") @Parameter(description = "DRAFT, SUBMITTED, RETURNED, REVIEWED or FILED")
                                     String status,
                                     @QueryParam("page") @DefaultValue("0") @Parameter(schema = @Schema(type = SchemaType.INTEGER,
                                             minimum = "0")) String page,
                                     @QueryParam("size") @DefaultValue("50") @Parameter(schema = @Schema(type = SchemaType.INTEGER,
                                             minimum = "1", maximum = "1000")) String size) {
        PageRequest request = page(page, size);
        Kind k = QueryParams.enumOf(Kind.class, kind, "kind", null);
        Page<Evaluation> found = evaluations.list(QueryParams.text(department, "department", Params.MAX_CODE_LENGTH), year(year), k,
                QueryParams.text(projectKey, "projectKey", Params.MAX_CODE_LENGTH),
                QueryParams.enumOf(EvaluationSubject.class, subject, "subject", null),
                QueryParams.enumOf(ReviewStatus.class, status, "status", null), request);
        return Page.of(found.items().stream().map(EvaluationView::of).toList(), found.total(), request);
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Path("comparison")
    @Operation(summary = "Self-evaluation vs finance review vs third party, node by node, with the differences")
    @APIResponse(responseCode = "200", description = "Totals and every node's score per kind, with differences from SELF")
    @APIResponse(responseCode = "400", description = "department or year missing or out of range")
    @APIResponse(responseCode = "404", description = "No scored evaluation for that department and year")
    public Comparison comparison(@QueryParam("department")
                                 @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = Params.MAX_CODE_LENGTH))
                                 String department,
                                 @QueryParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2000",
                                         maximum = "2100")) String year,
                                 @QueryParam("projectKey") @Parameter(description = "a project's evaluations instead of the department's",
                                         schema = @Schema(type = SchemaType.STRING, maxLength = Params.MAX_CODE_LENGTH)) String projectKey) {
        Integer y = year(year);
        if (department == null || department.isBlank() || y == null) {
            throw ProblemException.invalid("department and year are required",
                    List.of(new FieldError(department == null || department.isBlank() ? "department" : "year", "is required")));
        }
        return evaluations.comparison(QueryParams.text(department, "department", Params.MAX_CODE_LENGTH), y,
                projectKey == null || projectKey.isBlank() ? null : QueryParams.text(projectKey, "projectKey", Params.MAX_CODE_LENGTH));
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Path("{id}")
    @Operation(summary = "An evaluation with its key tasks, inputs and latest score, and its department's rectification "
            + "items (整改) of the previous year")
    @APIResponse(responseCode = "200", description = "The evaluation")
    @APIResponse(responseCode = "400", description = "id is not a whole number from 1")
    @APIResponse(responseCode = "404", description = "Unknown evaluation")
    public EvaluationDetail get(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id) {
        EvaluationView evaluation = EvaluationView.of(evaluations.get(QueryParams.id(id, "id")));
        return new EvaluationDetail(evaluation, RectificationView.OfYear.of(
                rectifications.ofYear(evaluation.department(), evaluation.year() - 1)));
    }

    @PUT
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.THIRD_PARTY})
    @Path("{id}/tasks")
    @Operation(summary = "Set the key tasks (重点工作任务) with their indicators; points must add up to the TASKS node")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "model", value = """
            [{"name": "有效化解各类信访矛盾", "goal": "增强信访治理效能", "points": 18,
              "outcome": "全年推动化解信访事项8.91万件，按期答复率99.99%。",
              "indicators": [{"name": "按期答复率", "kind": "QUALITY", "direction": "GE", "target": 95, "unit": "%", "actual": 99.99, "weight": 1}]},
             {"name": "信访工作专业化、法治化、信息化建设", "goal": "提高信访工作法治化、信息化水平", "points": 18, "outcome": "……",
              "indicators": [{"name": "复查复核文书被维持率", "kind": "QUALITY", "direction": "GE", "target": 95, "unit": "%", "actual": 100}]},
             {"name": "维护市人民来访接待厅秩序", "goal": "确保接访大厅安全有序", "points": 14, "outcome": "……",
              "indicators": [{"name": "极端恶性事件", "kind": "QUALITY", "direction": "LE", "target": 0, "unit": "起", "actual": 0}]}]""")))
    @APIResponse(responseCode = "200", description = "Stored; the evaluation with its key tasks")
    @APIResponse(responseCode = "404", description = "Unknown evaluation")
    @APIResponse(responseCode = "422", description = "Points do not add up, or an indicator lacks what its direction needs")
    @APIResponse(responseCode = "400", description = "Not a list of key tasks, a text too long or a number out of bounds, naming it")
    public EvaluationView putTasks(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id,
            @NotNull List<KeyTaskRequest> tasks) {
        long evaluation = QueryParams.id(id, "id");
        checkTasks(tasks);
        List<FieldError> problems = new ArrayList<>();
        List<KeyTask> read = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            read.add(tasks.get(i).toDomain("tasks[" + i + "]", problems));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable("an actual is not a number: " + problems.size() + " problem(s)", problems);
        }
        return EvaluationView.of(evaluations.putTasks(evaluation, read));
    }

    @POST
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.THIRD_PARTY})
    @Path("{id}/submit")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Submit the evaluation to the finance bureau (提交): DRAFT or RETURNED → SUBMITTED", description = """
            By whoever works on it (the department its SELF evaluation, a third party its THIRD_PARTY one, finance any).
            It must have been scored since its last change. Once submitted nothing of it changes (inputs, tasks, scoring
            answer 409) until finance returns it; the time counts against the year's self-evaluation deadline.""")
    @APIResponse(responseCode = "200", description = "SUBMITTED; the evaluation")
    @APIResponse(responseCode = "403", description = "Not one who works on this evaluation")
    @APIResponse(responseCode = "404", description = "Unknown evaluation")
    @APIResponse(responseCode = "409", description = "Not DRAFT or RETURNED, or not scored since its last change")
    public EvaluationView submit(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id) {
        return EvaluationView.of(evaluations.submit(QueryParams.id(id, "id")));
    }

    @POST
    @RolesAllowed(Roles.FINANCE)
    @Path("{id}/review")
    @Operation(summary = "Review a SUBMITTED evaluation (审核): ACCEPT → REVIEWED, or RETURN with comments → RETURNED")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "通过", value = "{\"decision\": \"ACCEPT\", \"comment\": \"自评依据充分\"}"),
            @ExampleObject(name = "退回", value = "{\"decision\": \"RETURN\", \"comment\": \"绩效目标管理的偏差原因未说明，请补充后重新提交\"}")}))
    @APIResponse(responseCode = "200", description = "REVIEWED or RETURNED; the evaluation")
    @APIResponse(responseCode = "400", description = "Not JSON of this shape, an unknown decision, a comment over 2000 characters")
    @APIResponse(responseCode = "403", description = "Not finance")
    @APIResponse(responseCode = "404", description = "Unknown evaluation")
    @APIResponse(responseCode = "409", description = "Not SUBMITTED")
    @APIResponse(responseCode = "422", description = "decision missing, or RETURN without a comment")
    public EvaluationView review(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id,
            @Valid @NotNull ReviewRequest request) {
        return EvaluationView.of(evaluations.review(QueryParams.id(id, "id"), request));
    }

    @POST
    @RolesAllowed(Roles.FINANCE)
    @Path("{id}/file")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "File a REVIEWED evaluation (备案): FILED, final")
    @APIResponse(responseCode = "200", description = "FILED; the evaluation")
    @APIResponse(responseCode = "403", description = "Not finance")
    @APIResponse(responseCode = "404", description = "Unknown evaluation")
    @APIResponse(responseCode = "409", description = "Not REVIEWED")
    public EvaluationView file(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id) {
        return EvaluationView.of(evaluations.file(QueryParams.id(id, "id")));
    }

    @PUT
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.THIRD_PARTY})
    @Path("{id}/goal-outcome")
    @Operation(summary = "Enter 实际完成情况 of the 年度总体目标 (evaluation from approved targets)", description = """
            How the year's overall goal was achieved, in the department's words: the 项目支出绩效自评表 prints it beside
            the goal (预期目标 | 实际完成情况). It reaches the result at the next scoring, like the actuals; without it the
            table derives a sentence from the indicators. report-service checks it against them (PROJECT-TABLE-OUTCOME).""")
    @APIResponse(responseCode = "200", description = "Stored; the evaluation")
    @APIResponse(responseCode = "404", description = "Unknown evaluation")
    @APIResponse(responseCode = "422", description = "The evaluation is not from approved targets (it has no 年度总体目标)")
    @APIResponse(responseCode = "400", description = "Blank, or longer than 2000 characters")
    public EvaluationView putGoalOutcome(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id,
            @Valid @NotNull GoalOutcomeRequest request) {
        return EvaluationView.of(evaluations.putGoalOutcome(QueryParams.id(id, "id"), request.outcome()));
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Path("{id}/actuals.xlsx")
    @Produces(XlsxUploads.MEDIA_TYPE)
    @Operation(summary = "The indicators to enter by hand as a workbook (sheet 实际完成值): code, levels, name, 年度指标值, "
            + "unit, points, and what is entered so far; fill in and PUT to …/actuals")
    @APIResponse(responseCode = "200", description = "An XLSX that imports back unchanged")
    @APIResponse(responseCode = "404", description = "Unknown evaluation")
    public Response exportActuals(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id) {
        long evaluation = QueryParams.id(id, "id");
        List<FrameworkNode> rows = ActualsSheet.rowsOf(evaluations.readableTree(evaluation));
        return Workbooks.download(ActualsSheet.TEMPLATE, ActualsSheet.export(rows, evaluations.readableInputs(evaluation)),
                "evaluation-" + evaluation + "-actuals.xlsx");
    }

    @PUT
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.THIRD_PARTY})
    @Path("{id}/actuals")
    @Consumes(XlsxUploads.MEDIA_TYPE)
    @Operation(summary = "Enter the actuals of a workbook from GET …/actuals.xlsx (sheet 实际完成值), all or nothing", description = """
            Each row with an actual (实际完成值), a 定性 tier (达成, 部分达成, 未达成) with its position (档内位置, 0–1), a cause
            (偏差原因) or a remedy (改进措施) enters that indicator's input; rows left empty change nothing. Targets come from
            the framework or the approved targets and are not read from the sheet. Every problem names its cell
            (实际完成值!H5) and the column's title (text where a number is due, an unknown code, rows moved, a tier out of
            range); nothing is stored when any row is bad.""")
    @RequestBody(content = @Content(mediaType = XlsxUploads.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "Entered: how many indicators")
    @APIResponse(responseCode = "413", description = "Larger than jixiao.xlsx.max-bytes (default 20 MB)")
    @APIResponse(responseCode = "422", description = "Not a valid XLSX, or problems at named cells; nothing stored")
    public Map<String, Integer> importActuals(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id,
            @Context HttpHeaders headers, InputStream body) {
        long evaluation = QueryParams.id(id, "id");
        List<FrameworkNode> rows = ActualsSheet.rowsOf(evaluations.writableTree(evaluation));
        XlsxUploads.SheetContent content = uploads.read(body, headers.getLength(), ActualsSheet.TEMPLATE);
        ActualsSheet.Parsed parsed = ActualsSheet.parse(content.records(), rows);
        List<XlsxProblem> problems = new ArrayList<>(content.problems());
        problems.addAll(parsed.problems());
        if (!problems.isEmpty()) {
            throw XlsxProblem.reject(problems);
        }
        return Map.of("entered", evaluations.putInputs(evaluation, parsed.inputs()));
    }

    @PUT
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.THIRD_PARTY})
    @Path("{id}/indicators/{code}")
    @Operation(summary = "Enter an indicator's input: actual/target/direction, tier + fraction, or score + justification")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "tiered", value = "{\"tier\": \"ACHIEVED\", \"fraction\": 0.5}"),
            @ExampleObject(name = "tiered, not achieved", value = "{\"tier\": \"PARTIAL\", \"fraction\": 0, \"cause\": \"较注重产出指标，部分项目缺乏服务对象满意度指标\", \"remedy\": \"加强服务对象满意度调查\"}"),
            @ExampleObject(name = "target ratio", value = "{\"direction\": \"GE\", \"target\": 95, \"actual\": 99.99}"),
            @ExampleObject(name = "manual", value = "{\"score\": 4.5, \"justification\": \"制度健全，个别制度未及时修订\"}")}))
    @APIResponse(responseCode = "200", description = "Stored; the input as accepted")
    @APIResponse(responseCode = "404", description = "Unknown evaluation, or the framework has no such indicator")
    @APIResponse(responseCode = "422", description = "Input outside the method's range, naming the field")
    @APIResponse(responseCode = "400", description = "A text too long or a number out of bounds, naming the field")
    public IndicatorInput putInput(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id,
            @PathParam("code") @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = Params.MAX_CODE_LENGTH,
                    pattern = "[A-Za-z0-9][A-Za-z0-9_.-]*"))
            String code,
            @Valid @NotNull IndicatorInputRequest input) {
        return evaluations.putInput(QueryParams.id(id, "id"), Params.code(code, "code"), input.toDomain());
    }

    @POST
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.THIRD_PARTY})
    @Path("{id}/score")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Score: fetch execution from budget-service, score every node, store and return the result")
    @APIResponse(responseCode = "200", description = "The result; Server-Timing tells the budget-service call apart")
    @APIResponse(responseCode = "400", description = "id is not a whole number from 1")
    @APIResponse(responseCode = "404", description = "Unknown evaluation")
    @APIResponse(responseCode = "422", description = "budget-service knows no budget for the department/year, or no such project line")
    @APIResponse(responseCode = "503", description = "budget-service unavailable (Retry-After); nothing stored")
    public Response score(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id) {
        EvaluationService.Timed timed = evaluations.score(QueryParams.id(id, "id"));
        return Response.ok(timed.result())
                .header("Server-Timing", "budget;dur=" + timed.budgetMillis() + ", scoring;dur=" + timed.scoringMillis())
                .build();
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Path("{id}/result")
    @Operation(summary = "The latest stored result")
    @APIResponse(responseCode = "200", description = "The result, as POST .../score returned it")
    @APIResponse(responseCode = "400", description = "id is not a whole number from 1")
    @APIResponse(responseCode = "404", description = "Unknown evaluation, or not scored yet")
    public ScoreResult result(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id) {
        return evaluations.result(QueryParams.id(id, "id"));
    }

    /**
     * Every key task and indicator checked against its limits, naming the field from the list's root as the
     * domain rules do ({@code [0].indicators[1].unit}).
     */
    private void checkTasks(List<KeyTaskRequest> tasks) {
        if (tasks.size() > MAX_TASKS) {
            throw ProblemException.invalidField("tasks", "must be at most " + MAX_TASKS + " key tasks");
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            String at = "[" + i + "]";
            if (tasks.get(i) == null) {
                errors.add(new FieldError(at, "must be a key task, not null"));
                continue;
            }
            validator.validate(tasks.get(i)).stream()
                    .sorted(Comparator.comparing((ConstraintViolation<KeyTaskRequest> v) -> v.getPropertyPath().toString()))
                    .forEach(v -> errors.add(new FieldError(at + "." + v.getPropertyPath().toString()
                            .replace(".<list element>", ""), v.getMessage())));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.size() + " invalid field(s)", errors);
        }
    }

    private static PageRequest page(String page, String size) {
        return PageRequest.of(QueryParams.integer(page, "page", 0, Integer.MAX_VALUE, 0),
                QueryParams.integer(size, "size", 1, PageRequest.MAX_SIZE, 50));
    }

    private static Integer year(String year) {
        return QueryParams.integer(year, "year", 2000, 2100, null);
    }
}
