package org.jixiao.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.evaluation.domain.CycleDeadlines;
import org.jixiao.evaluation.service.CycleService;
import org.jixiao.platform.paging.QueryParams;
import org.jixiao.platform.security.Roles;

@Path("/api/v1/cycles/{year}")
@Tag(name = "Cycle", description = "The year's cycle: the deadlines the city sets (targets, monitoring, self-evaluation, report)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CycleResource {
    private final CycleService cycles;

    public CycleResource(CycleService cycles) {
        this.cycles = cycles;
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Operation(summary = "The year's deadlines (items without one are absent)")
    @APIResponse(responseCode = "200", description = "The deadlines")
    @APIResponse(responseCode = "400", description = "year is not a year from 2000 to 2100")
    public CycleDeadlines getCycle(@PathParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2000",
            maximum = "2100")) String year) {
        return cycles.get(year(year));
    }

    @PUT
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Set the year's deadlines (all of them: an item left out has none); a late item is flagged on "
            + "the evaluations and the city board")
    @APIResponse(responseCode = "200", description = "Stored; the deadlines")
    @APIResponse(responseCode = "400", description = "Not JSON of this shape, or a date that is not a date, naming the field")
    @APIResponse(responseCode = "403", description = "Not finance")
    @APIResponse(responseCode = "422", description = "A monitoring deadline for no checkpoint or not after it, or a date outside the year and the next")
    public CycleDeadlines putCycle(@PathParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2000",
            maximum = "2100")) String year, @NotNull CycleRequest request) {
        int y = year(year);
        return cycles.put(new CycleDeadlines(y, request.targets(),
                request.monitoring() == null ? null : new java.util.TreeMap<>(request.monitoring()), request.selfEvaluation(),
                request.report()));
    }

    @GET
    @Path("departments")
    @RolesAllowed({Roles.FINANCE, Roles.AUDITOR})
    @Operation(summary = "Every department's progress in the year (the city board's evaluation half)", description = """
            Per department that has done anything this year: its department targets (status, submitted, against the
            targets deadline), its monitoring per checkpoint (status GREEN/YELLOW/RED, recorded, against that
            checkpoint's deadline), its newest SELF department evaluation (review status, score and grade, submitted,
            against the self-evaluation deadline). One query; report-service's board joins it with every department.""")
    @APIResponse(responseCode = "200", description = "The year and its departments, by code")
    @APIResponse(responseCode = "403", description = "Not finance or auditor")
    public org.jixiao.evaluation.domain.DepartmentProgress.OfYear progress(@PathParam("year") @Parameter(
            schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) String year) {
        return cycles.progress(year(year));
    }

    private static int year(String year) {
        return QueryParams.integer(year, "year", 2000, 2100, null);
    }
}
