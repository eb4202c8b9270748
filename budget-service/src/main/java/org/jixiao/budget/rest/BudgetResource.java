package org.jixiao.budget.rest;

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
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
import org.jixiao.budget.domain.Benchmark;
import org.jixiao.budget.domain.Execution;
import org.jixiao.budget.domain.ExpenditureBatch;
import org.jixiao.budget.domain.ExpenditureCsv;
import org.jixiao.budget.domain.IngestResult;
import org.jixiao.budget.domain.LineBudget;
import org.jixiao.budget.domain.ProjectExecution;
import org.jixiao.budget.domain.Scope;
import org.jixiao.budget.repository.ExpenditureStore;
import org.jixiao.budget.service.BudgetLineService;
import org.jixiao.budget.service.DepartmentService;
import org.jixiao.budget.service.ExecutionService;
import org.jixiao.budget.service.ExpenditureService;
import org.jixiao.budget.service.LineImport;
import org.jixiao.budget.service.RecommendationService;
import org.jixiao.platform.paging.Page;
import org.jixiao.platform.paging.PageRequest;
import org.jixiao.platform.paging.QueryParams;
import org.jixiao.platform.problem.ProblemException;
import org.jixiao.platform.security.Caller;
import org.jixiao.platform.security.Roles;
import org.jixiao.platform.xlsx.XlsxTemplate;
import org.jixiao.platform.xlsx.XlsxUploads;

@Path("/api/v1/departments/{code}/budgets/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BudgetResource {
    static final String CSV = "text/csv";
    static final String XLSX = XlsxUploads.MEDIA_TYPE;
    static final int MAX_PROJECT_KEY = 64;
    // OpenAPI tags of this resource: every @Tag of one name carries the same description.
    static final String LINES_TAG = "年初预算 budget lines by category and funding source, in-year adjustments (预算调整) "
            + "and the department's own monthly spending plan";
    static final String EXPENDITURES_TAG = "Payments (支出) from the finance platform in bulk, JSON or CSV, "
            + "validated as a whole batch and idempotent by voucher number";
    static final String EXECUTION_TAG = "预算执行 execution as of a date: rates, monthly progress against time progress "
            + "(序时进度), GREEN / YELLOW / RED";

    private final BudgetLineService lines;
    private final ExpenditureService expenditures;
    private final ExecutionService execution;
    private final DepartmentService departments;
    private final Caller caller;
    private final XlsxUploads uploads;
    private final Validator validator;
    private final RecommendationService recommendations;

    public BudgetResource(BudgetLineService lines, ExpenditureService expenditures, ExecutionService execution,
                          DepartmentService departments, Caller caller, XlsxUploads uploads, Validator validator,
                          RecommendationService recommendations) {
        this.recommendations = recommendations;
        this.lines = lines;
        this.expenditures = expenditures;
        this.execution = execution;
        this.departments = departments;
        this.caller = caller;
        this.uploads = uploads;
        this.validator = validator;
    }

    @POST
    @RolesAllowed(Roles.FINANCE)
    @Path("lines")
    @Tag(name = "Budget lines", description = LINES_TAG)
    @Operation(summary = "Add a budget line (年初预算数) to a department's fiscal year")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "404", description = "Unknown department")
    @APIResponse(responseCode = "409", description = "The line code exists for this department and year")
    public Response createLine(@PathParam("code") String code, @PathParam("year") int year,
                               @Valid @NotNull LineRequest request) {
        LineBudget line = lines.create(code, year, request.newLine());
        return Response.created(URI.create("/api/v1/departments/" + code + "/budgets/" + year + "/lines/" + line.lineCode()))
                .entity(LineView.of(line, year)).build();
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Path("lines")
    @Tag(name = "Budget lines", description = LINES_TAG)
    @Operation(summary = "Budget lines of a department's fiscal year, by line code, with adjustments and the results "
            + "application (结果应用) that applies: the project's advice, else the department's, checked against last year")
    @APIResponse(responseCode = "200", description = "A page: items, total, page, size")
    @APIResponse(responseCode = "400", description = "page or size out of range")
    public Page<LineView> listLines(@PathParam("code") String code, @PathParam("year") int year,
                                    @QueryParam("page") @DefaultValue("0") int page,
                                    @QueryParam("size") @DefaultValue("200") int size) {
        departments.requireSees(code);
        PageRequest request = PageRequest.of(page, size);
        List<LineBudget> all = lines.lines(code, year);
        var applied = recommendations.applied(departments.find(code).id, code, year, all);
        List<LineView> items = all.stream().skip(request.offset()).limit(size)
                .map(l -> LineView.of(l, year, applied.get(l.lineCode()))).toList();
        return Page.of(items, all.size(), request);
    }

    @POST
    @RolesAllowed(Roles.FINANCE)
    @Path("lines")
    @Consumes(XLSX)
    @Tag(name = "Budget lines", description = LINES_TAG)
    @Operation(summary = "Import budget lines from the workbook of GET …/lines/template.xlsx (sheet 预算项目)", description = """
            All-or-nothing: a line that does not exist is created; one that exists with the same data is left as it is
            (a replayed import changes nothing); one that exists with other data, or a line code twice in the file, is an
            error. Every problem names its cell (预算项目!E5) and the column's title; nothing is stored when any row is bad.""")
    @RequestBody(content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "Imported: counts of created and unchanged lines")
    @APIResponse(responseCode = "413", description = "Larger than jixiao.xlsx.max-bytes (default 20 MB)")
    @APIResponse(responseCode = "422", description = "Not a valid XLSX, or problems at named cells; nothing stored")
    public LineImport importLines(@PathParam("code") String code, @PathParam("year") int year, @Context HttpHeaders headers,
                                  InputStream body) {
        XlsxUploads.SheetContent content = uploads.read(body, headers.getLength(), LineSheet.TEMPLATE);
        LineSheet.Lines parsed = LineSheet.lines(content.records(), validator);
        SheetUpload upload = SheetUpload.of(LineSheet.TEMPLATE, content, parsed.errors());
        return lines.importLines(code, year, parsed.lines(), upload.rowErrors());
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Path("lines/template.xlsx")
    @Produces(XLSX)
    @Tag(name = "Budget lines", description = LINES_TAG)
    @Operation(summary = "The empty budget line workbook (sheet 预算项目) to fill in and POST to …/lines")
    @APIResponse(responseCode = "200", description = "An XLSX with the header row only")
    public Response linesTemplate(@PathParam("code") String code, @PathParam("year") int year) {
        departments.requireSees(code);
        return workbook(LineSheet.TEMPLATE, List.of(), code + "-" + year + "-lines-template.xlsx");
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Path("lines.xlsx")
    @Produces(XLSX)
    @Tag(name = "Budget lines", description = LINES_TAG)
    @Operation(summary = "A department-year's budget lines in the import workbook (年初预算数; adjustments are not part of it)")
    @APIResponse(responseCode = "200", description = "An XLSX that imports back unchanged")
    public Response exportLines(@PathParam("code") String code, @PathParam("year") int year) {
        departments.requireSees(code);
        return workbook(LineSheet.TEMPLATE, LineSheet.export(lines.lines(code, year)), code + "-" + year + "-lines.xlsx");
    }

    @POST
    @RolesAllowed(Roles.FINANCE)
    @Path("lines/{lineCode}/adjustments")
    @Tag(name = "Budget lines", description = LINES_TAG)
    @Operation(summary = "Adjust a line's budget (预算调整): positive 追加, negative 调减, with reason and document number")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "404", description = "Unknown department or line")
    @APIResponse(responseCode = "422", description = "The budget would become negative")
    public Response adjust(@PathParam("code") String code, @PathParam("year") int year,
                           @PathParam("lineCode") String lineCode, @Valid @NotNull AdjustmentRequest request) {
        return Response.status(201).entity(lines.adjust(code, year, lineCode, request.adjustment())).build();
    }

    @PUT
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT})
    @Path("plan")
    @Tag(name = "Budget lines", description = LINES_TAG)
    @Operation(summary = "Set the department's own monthly spending plan (benchmark PLAN): finance, or the department itself")
    @APIResponse(responseCode = "200", description = "The plan as stored: cumulative percent per month")
    @APIResponse(responseCode = "422", description = "Not a cumulative plan reaching 100")
    public List<BigDecimal> putPlan(@PathParam("code") String code, @PathParam("year") int year,
                                    @Valid @NotNull PlanRequest request) {
        departments.requireSees(code);
        caller.requireWrites("spending-plan", code + "/" + year, code, List.of(Roles.FINANCE, Roles.DEPARTMENT));
        return lines.savePlan(code, year, request.cumulativePercent());
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Path("plan")
    @Tag(name = "Budget lines", description = LINES_TAG)
    @Operation(summary = "The department's monthly spending plan (cumulative percent per month)")
    public List<BigDecimal> getPlan(@PathParam("code") String code, @PathParam("year") int year) {
        departments.requireSees(code);
        return lines.plan(code, year);
    }

    @POST
    @RolesAllowed(Roles.FINANCE)
    @Path("expenditures")
    @Tag(name = "Expenditures", description = EXPENDITURES_TAG)
    @Operation(summary = "Record payments in bulk (JSON array)", description = """
            All-or-nothing: one bad row rejects the batch (400, every bad row listed with index, field, message).
            Idempotent by (department, year, voucherNo): a replayed voucher counts as a duplicate and is stored once;
            the same voucherNo with other content is a 409 naming it. Refunds are negative amounts. Spending above
            the budget is accepted and flagged in overBudgetLines. Up to 50,000 rows and more in one request.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ExpenditureInput.class),
            examples = @ExampleObject(name = "model", value = """
                    [{"voucherNo": "PZ-2021-12-0001", "lineCode": "P-2021-YW", "paidOn": "2021-12-20", "amount": 125000.00, "description": "信息系统运维服务费（12月）"},
                     {"voucherNo": "PZ-2021-12-0002", "lineCode": "B-PERSONNEL", "paidOn": "2021-12-25", "amount": -1200.00, "description": "退回多付差旅费"}]""")))
    @APIResponse(responseCode = "200", description = "Stored: counts of accepted and duplicate rows")
    @APIResponse(responseCode = "400", description = "Invalid rows; nothing stored")
    @APIResponse(responseCode = "409", description = "A voucher number reused with different content; nothing stored")
    public IngestResult ingestJson(@PathParam("code") String code, @PathParam("year") int year,
                                   List<ExpenditureInput> rows) {
        if (rows == null) {
            throw ProblemException.invalid("the body must be a JSON array of payments", List.of());
        }
        List<ExpenditureBatch.RawRow> raw = new ArrayList<>(rows.size());
        for (ExpenditureInput row : rows) {
            raw.add(row == null ? null : row.raw());
        }
        return expenditures.ingest(code, year, raw);
    }

    @POST
    @RolesAllowed(Roles.FINANCE)
    @Path("expenditures")
    @Consumes(CSV)
    @Tag(name = "Expenditures", description = EXPENDITURES_TAG)
    @Operation(summary = "Record payments in bulk (text/csv with header voucherNo,lineCode,paidOn,amount,description)")
    @RequestBody(content = @Content(mediaType = CSV, examples = @ExampleObject(name = "model", value = """
            voucherNo,lineCode,paidOn,amount,description
            PZ-2021-12-0001,P-2021-YW,2021-12-20,125000.00,信息系统运维服务费（12月）""")))
    @APIResponse(responseCode = "200", description = "Stored: counts of accepted and duplicate rows")
    @APIResponse(responseCode = "400", description = "Invalid rows (index counts data rows from 0); nothing stored")
    @APIResponse(responseCode = "409", description = "A voucher number reused with different content; nothing stored")
    public IngestResult ingestCsv(@PathParam("code") String code, @PathParam("year") int year, InputStream body) {
        return expenditures.ingest(code, year, ExpenditureCsv.rows(new InputStreamReader(body,
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT))));
    }

    @POST
    @RolesAllowed(Roles.FINANCE)
    @Path("expenditures")
    @Consumes(XLSX)
    @Tag(name = "Expenditures", description = EXPENDITURES_TAG)
    @Operation(summary = "Record payments in bulk from the workbook of GET …/expenditures/template.xlsx (sheet 付款明细)",
            description = """
            The same ingest as JSON and CSV (all-or-nothing, idempotent by voucher number), read with streaming. Every
            problem names its cell (付款明细!D17), the column's title and the reason; nothing is stored when any row is bad.""")
    @RequestBody(content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "Stored: counts of accepted and duplicate rows")
    @APIResponse(responseCode = "409", description = "A voucher number reused with different content (its cell named); nothing stored")
    @APIResponse(responseCode = "413", description = "Larger than jixiao.xlsx.max-bytes (default 20 MB)")
    @APIResponse(responseCode = "422", description = "Not a valid XLSX, or problems at named cells; nothing stored")
    public IngestResult ingestXlsx(@PathParam("code") String code, @PathParam("year") int year, @Context HttpHeaders headers,
                                   InputStream body) {
        SheetUpload upload = upload(PaymentSheet.TEMPLATE, headers, body);
        return expenditures.ingest(code, year, PaymentSheet.rows(upload), upload.rowErrors());
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Path("expenditures/template.xlsx")
    @Produces(XLSX)
    @Tag(name = "Expenditures", description = EXPENDITURES_TAG)
    @Operation(summary = "The empty payment workbook (sheet 付款明细) to fill in and POST to …/expenditures")
    @APIResponse(responseCode = "200", description = "An XLSX with the header row only")
    public Response expendituresTemplate(@PathParam("code") String code, @PathParam("year") int year) {
        departments.requireSees(code);
        return workbook(PaymentSheet.TEMPLATE, List.of(), code + "-" + year + "-expenditures-template.xlsx");
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Path("expenditures.xlsx")
    @Produces(XLSX)
    @Tag(name = "Expenditures", description = EXPENDITURES_TAG)
    @Operation(summary = "Every stored payment of the department-year in the import workbook, by voucher number")
    @APIResponse(responseCode = "200", description = "An XLSX that imports back as duplicates only")
    public Response exportExpenditures(@PathParam("code") String code, @PathParam("year") int year) {
        departments.requireSees(code);
        return workbook(PaymentSheet.TEMPLATE, PaymentSheet.export(expenditures.all(code, year)),
                code + "-" + year + "-expenditures.xlsx");
    }

    private SheetUpload upload(XlsxTemplate template, HttpHeaders headers, InputStream body) {
        return SheetUpload.of(template, uploads.read(body, headers.getLength(), template), List.of());
    }

    private static Response workbook(XlsxTemplate template, List<? extends List<?>> rows, String fileName) {
        return Response.ok(template.toBytes(rows), XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9_.-]", "_") + "\"")
                .build();
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Path("expenditures")
    @Tag(name = "Expenditures", description = EXPENDITURES_TAG)
    @Operation(summary = "Stored payments by voucher number, optionally for one line and a date range")
    @APIResponse(responseCode = "200", description = "A page: items, total, page, size")
    @APIResponse(responseCode = "400", description = "from or to not a date (YYYY-MM-DD), page or size out of range")
    public Page<ExpenditureStore.Listed> listExpenditures(@PathParam("code") String code, @PathParam("year") int year,
                                                          @QueryParam("lineCode") String lineCode,
                                                          @QueryParam("from") String from, @QueryParam("to") String to,
                                                          @QueryParam("page") @DefaultValue("0") int page,
                                                          @QueryParam("size") @DefaultValue("100") int size) {
        departments.requireSees(code);
        return expenditures.list(code, year, lineCode, QueryParams.date(from, "from"), QueryParams.date(to, "to"),
                PageRequest.of(page, size));
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Path("execution")
    @Tag(name = "Execution", description = EXECUTION_TAG)
    @Operation(summary = "Budget execution (预算执行) as of a date", description = """
            Total, 基本支出 (BASIC), 项目支出 (PROJECT), by funding source and by line, with monthly spending progress
            against time progress (序时进度) and a GREEN/YELLOW/RED status. The model department (广州市信访局 2021,
            scope MUNICIPAL) gives budget 36,643,500.00, spent 36,614,525.00, rate 99.92.""")
    @APIResponse(responseCode = "200", description = "Execution figures")
    @APIResponse(responseCode = "400", description = "asOf not a date (YYYY-MM-DD), or an unknown scope or benchmark")
    @APIResponse(responseCode = "404", description = "Unknown department or no budget lines that year")
    public Execution execution(@PathParam("code") String code, @PathParam("year") int year,
                               @Parameter(description = "Date (YYYY-MM-DD); default today, or the year end for a past year")
                               @QueryParam("asOf") String asOf,
                               @Parameter(description = "MUNICIPAL (市本级财政拨款, default) or ALL funding sources")
                               @QueryParam("scope") String scope,
                               @Parameter(description = "LINEAR (default), QUARTERLY or PLAN")
                               @QueryParam("benchmark") String benchmark) {
        departments.requireSees(code);
        return execution.execution(code, year, QueryParams.date(asOf, "asOf"),
                QueryParams.enumOf(Scope.class, scope, "scope", Scope.MUNICIPAL),
                QueryParams.enumOf(Benchmark.class, benchmark, "benchmark", null));
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Path("projects/{projectKey}/execution")
    @Tag(name = "Execution", description = EXECUTION_TAG)
    @Operation(summary = "A project's execution (项目资金): its lines across every funding source, as of a date",
            description = """
            The lines created with this projectKey, whatever their funding source: 年初预算数 (initialBudget), 全年预算数
            (adjustedBudget), 全年执行数 (spent) and 执行率 (rate) in total and by funding source (MUNICIPAL 当年财政拨款,
            CARRY_OVER 上年结转资金, TRANSFER and OTHER 其他资金), each line, and monthly progress against time progress.""")
    @APIResponse(responseCode = "200", description = "The project's figures")
    @APIResponse(responseCode = "400", description = "asOf not a date (YYYY-MM-DD), an unknown benchmark or a project key too long")
    @APIResponse(responseCode = "404", description = "Unknown department, or no budget line of the project that year")
    public ProjectExecution projectExecution(@PathParam("code") String code, @PathParam("year") int year,
                                             @PathParam("projectKey") String projectKey,
                                             @Parameter(description = "Date (YYYY-MM-DD); default today, or the year end for a past year")
                                             @QueryParam("asOf") String asOf,
                                             @Parameter(description = "LINEAR (default), QUARTERLY or PLAN")
                                             @QueryParam("benchmark") String benchmark) {
        departments.requireSees(code);
        return execution.projectExecution(code, year, QueryParams.text(projectKey, "projectKey", MAX_PROJECT_KEY),
                QueryParams.date(asOf, "asOf"), QueryParams.enumOf(Benchmark.class, benchmark, "benchmark", null));
    }
}
