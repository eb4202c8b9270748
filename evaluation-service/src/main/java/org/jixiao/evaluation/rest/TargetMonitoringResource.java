package org.jixiao.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.LocalDate;
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
import org.jixiao.evaluation.service.MonitoringService;
import org.jixiao.evaluation.service.MonitoringView;
import org.jixiao.evaluation.service.TargetService;
import org.jixiao.platform.paging.QueryParams;
import org.jixiao.platform.problem.ProblemException;
import org.jixiao.platform.security.Roles;
import org.jixiao.platform.xlsx.XlsxProblem;
import org.jixiao.platform.xlsx.XlsxUploads;

/** A target set's monitoring (绩效运行监控) at its checkpoints: recorded by the department or finance, read like the targets. */
@Path("/api/v1/targets/{id}/monitoring")
@Tag(name = "Performance monitoring", description = "绩效运行监控 (\"双监控\"): at configured checkpoints (default 06-30 and 08-31) "
        + "each indicator's 截至目前完成值, 全年预计完成值, 偏差原因 and 纠偏措施, joined with budget-service's spending vs time "
        + "progress; a status GREEN, YELLOW or RED with its reasons; the city-wide view of every set not GREEN")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TargetMonitoringResource {
    static final String PROJECT_EXAMPLE = """
            {"indicators": [
              {"indicator": 0, "name": "系统功能模块上线数", "completedToDate": 3, "expectedYearEnd": 5},
              {"indicator": 1, "name": "系统可用率", "completedToDate": 99.5, "expectedYearEnd": 99.5},
              {"indicator": 2, "name": "项目完成时间", "completedToDate": 6, "expectedYearEnd": 12},
              {"indicator": 3, "name": "项目总成本", "completedToDate": 62, "expectedYearEnd": 128},
              {"indicator": 4, "name": "群众信访事项网上办理率", "completedToDate": 82, "expectedYearEnd": 85,
               "cause": "部分区级信访系统尚未完成对接", "remedy": "9月底前完成11个区的系统对接，开展网上信访宣传"},
              {"indicator": 5, "name": "群众满意度", "completedToDate": 91, "expectedYearEnd": 92}]}""";
    static final String DEPARTMENT_EXAMPLE = """
            {"indicators": [
              {"task": 0, "indicator": 0, "name": "按期答复率", "completedToDate": 96.5, "expectedYearEnd": 96},
              {"task": 1, "indicator": 0, "name": "极端恶性事件", "completedToDate": 0, "expectedYearEnd": 0},
              {"task": 1, "indicator": 1, "name": "接访秩序", "completedToDate": "安全有序", "expectedYearEnd": "安全有序",
               "expectedTier": "ACHIEVED"}]}""";

    private final MonitoringService monitoring;
    private final TargetService targets;
    private final XlsxUploads uploads;

    public TargetMonitoringResource(MonitoringService monitoring, TargetService targets, XlsxUploads uploads) {
        this.monitoring = monitoring;
        this.targets = targets;
        this.uploads = uploads;
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Path("{checkpoint}/sheet.xlsx")
    @Produces(XlsxUploads.MEDIA_TYPE)
    @Operation(summary = "A checkpoint's monitoring report as a workbook (sheet 绩效运行监控): the approved indicators, numbered "
            + "from 1, with what is recorded so far; fill in and PUT it to …/monitoring/{checkpoint}")
    @APIResponse(responseCode = "200", description = "An XLSX that imports back unchanged")
    @APIResponse(responseCode = "404", description = "Unknown target set")
    public Response monitoringSheet(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id,
            @PathParam("checkpoint") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String checkpoint) {
        long set = QueryParams.id(id, "id");
        LocalDate date = checkpoint(checkpoint);
        List<? extends List<?>> rows;
        try {
            rows = MonitoringSheet.export(monitoring.get(set, date).indicators());
        } catch (ProblemException e) {
            if (e.status() != 404) {
                throw e;
            }
            rows = MonitoringSheet.blank(targets.get(set)); // nothing recorded at this checkpoint yet
        }
        return Workbooks.download(MonitoringSheet.TEMPLATE, rows, "targets-" + set + "-monitoring-" + date + ".xlsx");
    }

    @PUT
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT})
    @Path("{checkpoint}")
    @Consumes(XlsxUploads.MEDIA_TYPE)
    @Operation(summary = "Record a checkpoint's monitoring from a workbook (sheet 绩效运行监控), like the JSON body, all or nothing",
            description = """
            One row per indicator, addressed by 任务序号 (key tasks of a department) and 指标序号, from 1. Numbers in
            截至目前完成值 and 全年预计完成值 for ≥ ≤ =, texts in the 定性 columns and the expected tier (达成, 部分达成, 未达成) for
            定性. Every problem names its cell (绩效运行监控!G3); nothing is stored when any row is bad.""")
    @RequestBody(content = @Content(mediaType = XlsxUploads.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "Stored; the monitoring with its status and reasons")
    @APIResponse(responseCode = "409", description = "The target set is not APPROVED")
    @APIResponse(responseCode = "413", description = "Larger than jixiao.xlsx.max-bytes")
    @APIResponse(responseCode = "422", description = "Not a valid XLSX, not a configured checkpoint, or problems at named cells")
    public MonitoringView recordMonitoringSheet(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id,
            @PathParam("checkpoint") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String checkpoint,
            @Context HttpHeaders headers, InputStream body) {
        long set = QueryParams.id(id, "id");
        LocalDate date = checkpoint(checkpoint);
        XlsxUploads.SheetContent content = uploads.read(body, headers.getLength(), MonitoringSheet.TEMPLATE);
        MonitoringSheet.Parsed parsed = MonitoringSheet.parse(content.records());
        List<XlsxProblem> problems = new ArrayList<>(content.problems());
        problems.addAll(parsed.problems());
        if (!problems.isEmpty()) {
            throw XlsxProblem.reject(problems);
        }
        try {
            return monitoring.record(set, date, parsed.entries());
        } catch (ProblemException e) {
            if (e.status() != 422 || e.errors() == null || e.errors().isEmpty()) {
                throw e;
            }
            throw XlsxProblem.reject(MonitoringSheet.at(e.errors(), parsed));
        }
    }

    @PUT
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT})
    @Path("{checkpoint}")
    @Operation(summary = "Record (or record again, replacing) an APPROVED target set's monitoring at a checkpoint: fetches "
            + "budget-service's execution as of that date, computes and stores the status and its reasons")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "项目 信息化建设, 6月底", value = PROJECT_EXAMPLE),
            @ExampleObject(name = "部门整体, 6月底", value = DEPARTMENT_EXAMPLE)}))
    @APIResponse(responseCode = "200", description = "Stored; the monitoring with its status GREEN, YELLOW or RED and its reasons")
    @APIResponse(responseCode = "400", description = "id or checkpoint malformed, not JSON of this shape, an unknown tier, a text "
            + "too long, naming the field")
    @APIResponse(responseCode = "403", description = "Not finance, nor the department's own user; or budget-service refused the caller")
    @APIResponse(responseCode = "404", description = "Unknown target set")
    @APIResponse(responseCode = "409", description = "The target set is not APPROVED, or was adjusted while budget-service was asked")
    @APIResponse(responseCode = "422", description = "Not a configured checkpoint of the set's year (checkpoint); an indicator unknown, "
            + "missing or twice; a text where a number is due (indicators[0].expectedYearEnd); budget-service has no line of the "
            + "project (projectKey)")
    @APIResponse(responseCode = "503", description = "budget-service unavailable; nothing stored")
    public MonitoringView recordMonitoring(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id,
            @PathParam("checkpoint") @Parameter(description = "a configured checkpoint of the set's year", example = "2022-06-30",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String checkpoint,
            @Valid @NotNull MonitoringRequest request) {
        return monitoring.record(QueryParams.id(id, "id"), checkpoint(checkpoint),
                request.indicators() == null ? List.of() : request.indicators().stream().map(MonitoringEntryRequest::toDomain).toList());
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Operation(summary = "Every checkpoint recorded for a target set, earliest first")
    @APIResponse(responseCode = "200", description = "The monitoring records (empty before the first checkpoint is recorded)")
    @APIResponse(responseCode = "400", description = "id is not a whole number from 1")
    @APIResponse(responseCode = "403", description = "The caller may not read this department's targets")
    @APIResponse(responseCode = "404", description = "Unknown target set")
    public List<MonitoringView> listMonitoring(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id) {
        return monitoring.list(QueryParams.id(id, "id"));
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Path("{checkpoint}")
    @Operation(summary = "A target set's monitoring at one checkpoint")
    @APIResponse(responseCode = "200", description = "The monitoring record")
    @APIResponse(responseCode = "400", description = "id or checkpoint malformed")
    @APIResponse(responseCode = "403", description = "The caller may not read this department's targets")
    @APIResponse(responseCode = "404", description = "Unknown target set, or nothing recorded at that checkpoint")
    public MonitoringView getMonitoring(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id,
            @PathParam("checkpoint") @Parameter(example = "2022-06-30", schema = @Schema(type = SchemaType.STRING, format = "date"))
            String checkpoint) {
        return monitoring.get(QueryParams.id(id, "id"), checkpoint(checkpoint));
    }

    /** The checkpoint of a path: an ISO date, 400 naming it otherwise (whether it is configured is the service's 422). */
    static LocalDate checkpoint(String value) {
        LocalDate date = optionalCheckpoint(value);
        if (date == null) {
            throw ProblemException.invalidField("checkpoint", "is required: a date (YYYY-MM-DD)");
        }
        return date;
    }

    /** An optional checkpoint filter: an ISO date of a fiscal year 2000–2100 (a year PostgreSQL cannot hold is a 400, not a 500). */
    static LocalDate optionalCheckpoint(String value) {
        LocalDate date = QueryParams.date(value, "checkpoint");
        if (date != null && (date.getYear() < 2000 || date.getYear() > 2100)) {
            throw ProblemException.invalidField("checkpoint", "must be a date of a fiscal year from 2000 to 2100");
        }
        return date;
    }
}
