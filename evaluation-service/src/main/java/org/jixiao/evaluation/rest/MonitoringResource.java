package org.jixiao.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.evaluation.domain.MonitoringStatus;
import org.jixiao.evaluation.service.DepartmentMonitoring;
import org.jixiao.evaluation.service.MonitoringService;
import org.jixiao.evaluation.service.MonitoringSummary;
import org.jixiao.platform.paging.Page;
import org.jixiao.platform.paging.PageRequest;
import org.jixiao.platform.paging.QueryParams;
import org.jixiao.platform.security.Roles;

/** The city-wide monitoring view (全市绩效运行监控): what is not GREEN, and each department's overall status. */
@Path("/api/v1/monitoring")
@Tag(name = "Performance monitoring")
@Produces(MediaType.APPLICATION_JSON)
public class MonitoringResource {
    private final MonitoringService monitoring;

    public MonitoringResource(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Operation(summary = "The city-wide view: every project and department target set in YELLOW or RED (or the status asked "
            + "for) with its reasons, by department; filtered by year, checkpoint, department and by what the caller may see (paged)")
    @APIResponse(responseCode = "200", description = "A page: items, total, page, size")
    @APIResponse(responseCode = "400", description = "Unknown status, a checkpoint that is not a date, a year, page or size out of range")
    public Page<MonitoringSummary> cityMonitoring(
            @QueryParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) String year,
            @QueryParam("checkpoint") @Parameter(example = "2022-06-30", schema = @Schema(type = SchemaType.STRING, format = "date"))
            String checkpoint,
            @QueryParam("status") @Parameter(description = "default: YELLOW and RED",
                    schema = @Schema(enumeration = {"GREEN", "YELLOW", "RED"})) String status,
            @QueryParam("department") @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = Params.MAX_CODE_LENGTH))
            String department,
            @QueryParam("page") @DefaultValue("0") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) String page,
            @QueryParam("size") @DefaultValue("50") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "1000")) String size) {
        return monitoring.city(QueryParams.integer(year, "year", 2000, 2100, null),
                TargetMonitoringResource.optionalCheckpoint(checkpoint),
                QueryParams.enumOf(MonitoringStatus.class, status, "status", null),
                QueryParams.text(department, "department", Params.MAX_CODE_LENGTH), page(page, size));
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Path("departments")
    @Operation(summary = "Each department's overall status at a checkpoint: the worst of its department set and its projects "
            + "recorded there, with the count per status; by department code, filtered by what the caller may see (paged)")
    @APIResponse(responseCode = "200", description = "A page: items, total, page, size")
    @APIResponse(responseCode = "400", description = "checkpoint missing or not a date, an unknown status, page or size out of range")
    public Page<DepartmentMonitoring> departmentMonitoring(
            @QueryParam("checkpoint") @Parameter(required = true, example = "2022-06-30",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String checkpoint,
            @QueryParam("status") @Parameter(description = "the department's overall status; default: every status",
                    schema = @Schema(enumeration = {"GREEN", "YELLOW", "RED"})) String status,
            @QueryParam("department") @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = Params.MAX_CODE_LENGTH))
            String department,
            @QueryParam("page") @DefaultValue("0") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) String page,
            @QueryParam("size") @DefaultValue("50") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "1000")) String size) {
        return monitoring.departments(TargetMonitoringResource.checkpoint(checkpoint),
                QueryParams.enumOf(MonitoringStatus.class, status, "status", null),
                QueryParams.text(department, "department", Params.MAX_CODE_LENGTH), page(page, size));
    }

    private static PageRequest page(String page, String size) {
        return PageRequest.of(QueryParams.integer(page, "page", 0, Integer.MAX_VALUE, 0),
                QueryParams.integer(size, "size", 1, PageRequest.MAX_SIZE, 50));
    }
}
