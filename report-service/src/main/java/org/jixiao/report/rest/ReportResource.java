package org.jixiao.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Arrays;
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
import org.jixiao.platform.paging.Page;
import org.jixiao.platform.paging.PageRequest;
import org.jixiao.platform.paging.QueryParams;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.Problem;
import org.jixiao.platform.problem.ProblemException;
import org.jixiao.platform.security.Roles;
import org.jixiao.platform.workflow.ReviewRequest;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.SectionKey;
import org.jixiao.report.service.RenderFormat;
import org.jixiao.report.service.RenderService;
import org.jixiao.report.service.RenderService.Rendering;
import org.jixiao.report.service.ReportDetails;
import org.jixiao.report.service.ReportService;
import org.jixiao.report.service.StoredVersion;
import org.jixiao.report.service.TableFormat;

@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports", description = "自评报告: narrative sections, immutable versions, rendering, publishing")
public class ReportResource {
    private static final String PROBLEM = Problem.MEDIA_TYPE;
    private static final int DEFAULT_SIZE = 20;
    private static final int DEPARTMENT_MAX = Requests.DEPARTMENT_MAX;
    /** {@code project-} and a project key of up to 64 characters. */
    private static final int TABLE_MAX = 72;

    @Inject
    ReportService service;
    @Inject
    RenderService renders;

    @POST
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a report for a department, year and evaluation")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "model", summary = "广州市信访局 2021",
            value = "{\"department\":\"GZ-XFJ\",\"year\":2021,\"evaluationId\":1}")))
    @APIResponse(responseCode = "201", description = "Created; Location is the report")
    @APIResponse(responseCode = "400", description = "Invalid", content = @Content(mediaType = PROBLEM))
    public Response create(@Valid @NotNull Requests.CreateReport body, @Context UriInfo uri) {
        ReportView r = ReportView.of(service.create(body.department(), body.year(), body.evaluationId(), body.title()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(r.id())).build()).entity(r).build();
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Operation(summary = "List reports (paged, by id)")
    @APIResponse(responseCode = "200", description = "A page: items, total, page, size")
    @APIResponse(responseCode = "400", description = "A parameter out of range, naming it", content = @Content(mediaType = PROBLEM))
    public Page<ReportView> list(
            @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = DEPARTMENT_MAX)) @QueryParam("department") String department,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "2000", maximum = "2100"))
            @QueryParam("year") String year,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "1000", defaultValue = "20"))
            @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(QueryParams.integer(page, "page", 0, Integer.MAX_VALUE, 0),
                QueryParams.integer(size, "size", 1, PageRequest.MAX_SIZE, DEFAULT_SIZE));
        Page<ReportDetails> reports = service.list(QueryParams.text(department, "department", DEPARTMENT_MAX),
                QueryParams.integer(year, "year", Requests.MIN_YEAR, Requests.MAX_YEAR, null), request);
        return Page.of(reports.items().stream().map(ReportView::of).toList(), reports.total(), request);
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Path("/{id}")
    @Operation(summary = "A report with its sections and versions")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "400", description = "id is not a report id", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "Unknown report", content = @Content(mediaType = PROBLEM))
    public ReportView get(@Parameter(schema = @Schema(ref = "ReportId")) @PathParam("id") String id) {
        return ReportView.of(service.get(QueryParams.id(id, "id")));
    }

    @PUT
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT})
    @Path("/{id}/sections/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a narrative section", description = "Keys: organization, functions, annualWork, performanceManagement, "
            + "achievements, problems, improvements. Figures bind as {{placeholder}}; an unknown placeholder is refused (422).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "performanceManagement",
            value = "{\"text\":\"根据财政预算绩效管理要求，我局对部门整体支出绩效开展自评，涉及一般公共预算支出 {{execution.all.spent}} 万元。\"}")))
    @APIResponse(responseCode = "200", description = "Stored")
    @APIResponse(responseCode = "404", description = "Unknown report or section key", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "Unknown placeholder", content = @Content(mediaType = PROBLEM))
    public SectionView putSection(@Parameter(schema = @Schema(ref = "ReportId")) @PathParam("id") String id,
            @Parameter(schema = @Schema(enumeration = {"organization", "functions", "annualWork", "performanceManagement",
                    "achievements", "problems", "improvements"})) @PathParam("key") String key,
            @Valid @NotNull Requests.SectionText body) {
        long reportId = QueryParams.id(id, "id");
        SectionKey k = SectionKey.parse(key).orElseThrow(() -> new ProblemException(404, "Not Found",
                "no section " + quote(key), List.of(new FieldError("key", "one of " + Arrays.toString(SectionKey.values())))));
        return SectionView.of(service.putSection(reportId, k, body.text()));
    }

    @POST
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT})
    @Path("/{id}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make an immutable version", description = "Fetches execution (MUNICIPAL and ALL) and the city ranking from "
            + "budget-service and the score result from evaluation-service, checks consistency, and stores the data snapshot, the "
            + "narrative, their sha256 and the findings.")
    @RequestBody(required = false, content = @Content(examples = @ExampleObject(name = "year end", value = "{\"asOf\":\"2021-12-31\"}")))
    @APIResponse(responseCode = "201", description = "Stored: {version, asOf, contentHash, findings[], status}")
    @APIResponse(responseCode = "200", description = "ifChanged=true and the newest version has the same content: that version, nothing stored")
    @APIResponse(responseCode = "422", description = "The peers do not know the department, year or evaluation", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "503", description = "A peer is unavailable (Retry-After)", content = @Content(mediaType = PROBLEM))
    public Response createVersion(@Parameter(schema = @Schema(ref = "ReportId")) @PathParam("id") String id,
            @Parameter(description = "true: no new version when the newest one already has the same content hash (ASSEMBLE_YEAR uses it)",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("ifChanged") String ifChanged,
            @Valid Requests.CreateVersion body, @Context UriInfo uri) {
        long reportId = QueryParams.id(id, "id");
        boolean reuseUnchanged = flag(ifChanged, "ifChanged");
        LocalDate asOf = body == null ? null : body.date();
        java.time.Instant asked = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        StoredVersion stored = service.createVersion(reportId, asOf, reuseUnchanged);
        VersionCreated v = VersionCreated.of(stored);
        if (stored.version().createdAt.isBefore(asked)) {
            return Response.ok(v).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(v.version())).build()).entity(v).build();
    }

    /** An optional true/false query parameter (400 naming it otherwise). */
    static boolean flag(String value, String name) {
        if (value == null || value.isBlank() || value.strip().equals("false")) {
            return false;
        }
        if (value.strip().equals("true")) {
            return true;
        }
        throw ProblemException.invalidField(name, "must be true or false");
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Path("/{id}/versions")
    @Operation(summary = "The versions of a report")
    @APIResponse(responseCode = "200", description = "The versions, by number")
    @APIResponse(responseCode = "400", description = "id is not a report id", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "Unknown report", content = @Content(mediaType = PROBLEM))
    public List<VersionSummary> versions(@Parameter(schema = @Schema(ref = "ReportId")) @PathParam("id") String id) {
        return service.versions(QueryParams.id(id, "id")).stream().map(VersionSummary::of).toList();
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Path("/{id}/versions/{v}")
    @Produces({MediaType.APPLICATION_JSON, "text/html", "text/markdown", "application/pdf", RenderFormat.DOCX_TYPE})
    @Operation(summary = "A version, rendered", description = "By Accept or ?format=json|html|markdown|docx|pdf. The document follows the "
            + "model report's outline; amounts in 万元.")
    @APIResponse(responseCode = "200", description = "The version", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView.class)),
            @Content(mediaType = "text/html"), @Content(mediaType = "text/markdown"),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = RenderFormat.DOCX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "id or v is not a whole number from 1, or an unknown format", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "Unknown report or version", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "406", description = "Accept allows none of the formats and no ?format= is given", content = @Content(mediaType = PROBLEM))
    public Response version(@Parameter(schema = @Schema(ref = "ReportId")) @PathParam("id") String id,
            @Parameter(schema = @Schema(ref = "VersionNumber")) @PathParam("v") String v,
            @Parameter(schema = @Schema(enumeration = {"json", "html", "markdown", "docx", "pdf"})) @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        long reportId = QueryParams.id(id, "id");
        int version = version(v);
        RenderFormat f = renders.format(format, headers.getAcceptableMediaTypes());
        StoredVersion stored = service.load(reportId, version);
        if (f == RenderFormat.JSON) {
            return Response.ok(VersionView.of(stored, renders.document(stored)), MediaType.APPLICATION_JSON).build();
        }
        Rendering r = renders.render(stored, f);
        return Response.ok(r.body(), r.mediaType()).header("ETag", r.etag()).header("Content-Disposition", r.contentDisposition()).build();
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Path("/{id}/versions/{v}/tables")
    @Operation(summary = "The self-evaluation tables of a version", description = "部门整体支出绩效自评表 (key department) and one "
            + "项目支出绩效自评表 per scored project self-evaluation (key project-{projectKey}), from the version's snapshot.")
    @APIResponse(responseCode = "200", description = "The tables: key, title, and the address of each format")
    @APIResponse(responseCode = "400", description = "id or v is not a whole number from 1", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "Unknown report or version", content = @Content(mediaType = PROBLEM))
    public List<TableView> tables(@Parameter(schema = @Schema(ref = "ReportId")) @PathParam("id") String id,
            @Parameter(schema = @Schema(ref = "VersionNumber")) @PathParam("v") String v) {
        long reportId = QueryParams.id(id, "id");
        int version = version(v);
        StoredVersion stored = service.load(reportId, version);
        return renders.tables(stored).stream().map(t -> TableView.of(reportId, version, t)).toList();
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Path("/{id}/versions/{v}/tables/{table}")
    @Produces({TableFormat.XLSX_TYPE, RenderFormat.DOCX_TYPE, "application/pdf"})
    @Operation(summary = "One self-evaluation table of a version", description = "By ?format=xlsx|docx|pdf or Accept (default XLSX). "
            + "XLSX: merged header cells as the official layout, amounts in 万元 (0.00), rates 0.00%, A4 one page wide.")
    @APIResponse(responseCode = "200", description = "The table", content = {
            @Content(mediaType = TableFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = RenderFormat.DOCX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "id, v, table or format invalid, naming it", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "Unknown report, version or table", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "406", description = "Accept allows none of the formats and no ?format= is given", content = @Content(mediaType = PROBLEM))
    public Response table(@Parameter(schema = @Schema(ref = "ReportId")) @PathParam("id") String id,
            @Parameter(schema = @Schema(ref = "VersionNumber")) @PathParam("v") String v,
            @Parameter(description = "department or project-{projectKey}", schema = @Schema(type = SchemaType.STRING, maxLength = TABLE_MAX,
                    pattern = "^(department|project-[A-Za-z0-9_.-]+)$"), example = "project-XXH") @PathParam("table") String table,
            @Parameter(schema = @Schema(enumeration = {"xlsx", "docx", "pdf"})) @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        long reportId = QueryParams.id(id, "id");
        int version = version(v);
        if (table == null || table.length() > TABLE_MAX) {
            throw ProblemException.invalidField("table", "department or project-{projectKey}, at most " + TABLE_MAX + " characters");
        }
        TableFormat f = renders.tableFormat(format, headers.getAcceptableMediaTypes());
        Rendering r = renders.renderTable(service.load(reportId, version), table, f);
        return Response.ok(r.body(), r.mediaType()).header("ETag", r.etag()).header("Content-Disposition", r.contentDisposition()).build();
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Path("/{id}/versions/{v}/findings")
    @Operation(summary = "The consistency findings of a version")
    @APIResponse(responseCode = "200", description = "The findings")
    @APIResponse(responseCode = "400", description = "id or v is not a whole number from 1", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "Unknown report or version", content = @Content(mediaType = PROBLEM))
    public List<Finding> findings(@Parameter(schema = @Schema(ref = "ReportId")) @PathParam("id") String id,
            @Parameter(schema = @Schema(ref = "VersionNumber")) @PathParam("v") String v) {
        return service.findings(QueryParams.id(id, "id"), version(v));
    }

    @POST
    @RolesAllowed(Roles.FINANCE)
    @Path("/{id}/versions/{v}/publish")
    @Operation(summary = "Publish a version", description = "Only a version without FATAL findings; publishing sets its status, nothing else.")
    @APIResponse(responseCode = "200", description = "Published")
    @APIResponse(responseCode = "400", description = "id or v is not a whole number from 1", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "Unknown report or version", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "FATAL findings, listed", content = @Content(mediaType = PROBLEM))
    public VersionSummary publish(@Parameter(schema = @Schema(ref = "ReportId")) @PathParam("id") String id,
            @Parameter(schema = @Schema(ref = "VersionNumber")) @PathParam("v") String v) {
        return VersionSummary.of(service.publish(QueryParams.id(id, "id"), version(v)));
    }

    @POST
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT})
    @Path("/{id}/versions/{v}/submit")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Submit this version of the report for review (提交): DRAFT or RETURNED → SUBMITTED", description = """
            The department (or finance) submits a version without FATAL findings. Until finance returns the report, its
            sections and versions do not change (409); the time counts against the year's report deadline.""")
    @APIResponse(responseCode = "200", description = "SUBMITTED; the report")
    @APIResponse(responseCode = "403", description = "Not finance, nor the report's department", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "Unknown report or version", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The report is not DRAFT or RETURNED", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "FATAL findings, listed", content = @Content(mediaType = PROBLEM))
    public ReportView submit(@Parameter(schema = @Schema(ref = "ReportId")) @PathParam("id") String id,
            @Parameter(schema = @Schema(ref = "VersionNumber")) @PathParam("v") String v) {
        return ReportView.of(service.submit(QueryParams.id(id, "id"), version(v)));
    }

    @POST
    @RolesAllowed(Roles.FINANCE)
    @Path("/{id}/review")
    @Operation(summary = "Review a SUBMITTED report (审核): ACCEPT → REVIEWED, or RETURN with comments → RETURNED")
    @APIResponse(responseCode = "200", description = "REVIEWED or RETURNED; the report")
    @APIResponse(responseCode = "400", description = "Not JSON of this shape, or an unknown decision", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Not finance", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "Unknown report", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Not SUBMITTED", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "decision missing, or RETURN without a comment", content = @Content(mediaType = PROBLEM))
    public ReportView review(@Parameter(schema = @Schema(ref = "ReportId")) @PathParam("id") String id,
            @Valid @NotNull ReviewRequest request) {
        return ReportView.of(service.review(QueryParams.id(id, "id"), request));
    }

    @POST
    @RolesAllowed(Roles.FINANCE)
    @Path("/{id}/file")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "File a REVIEWED report (备案): FILED, final")
    @APIResponse(responseCode = "200", description = "FILED; the report")
    @APIResponse(responseCode = "403", description = "Not finance", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "Unknown report", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Not REVIEWED", content = @Content(mediaType = PROBLEM))
    public ReportView file(@Parameter(schema = @Schema(ref = "ReportId")) @PathParam("id") String id) {
        return ReportView.of(service.file(QueryParams.id(id, "id")));
    }

    /** A version number in the path: a whole number from 1 (platform QueryParams), else a 400 naming v. */
    private static int version(String v) {
        Integer n = QueryParams.integer(v, "v", 1, Integer.MAX_VALUE, null);
        if (n == null) {
            throw ProblemException.invalidField("v", "must be a whole number from 1");
        }
        return n;
    }

    /** What was sent, clipped to 40 characters, for a message. */
    private static String quote(String value) {
        return "'" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'";
    }
}
