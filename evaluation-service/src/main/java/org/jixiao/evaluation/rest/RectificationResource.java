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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.evaluation.domain.RectificationStatus;
import org.jixiao.evaluation.service.RectificationService;
import org.jixiao.platform.paging.Page;
import org.jixiao.platform.paging.PageRequest;
import org.jixiao.platform.paging.QueryParams;
import org.jixiao.platform.security.Roles;

@Path("/api/v1/rectifications")
@Tag(name = "Rectifications", description = "整改: problems found by a self-evaluation, a finance review, a third party or a "
        + "report finding, with measure, owner, deadline and progress; shown in the department's next-year evaluation and report")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RectificationResource {
    private final RectificationService rectifications;

    public RectificationResource(RectificationService rectifications) {
        this.rectifications = rectifications;
    }

    @POST
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT})
    @Operation(operationId = "createRectification", summary = "Open a rectification item (finance any; a department its own SELF_EVALUATION problems)")
    @APIResponse(responseCode = "201", description = "Opened; the item")
    @APIResponse(responseCode = "400", description = "Not JSON of this shape, a text too long, naming the field")
    @APIResponse(responseCode = "403", description = "Not finance, or another department's, or a department opening a problem it did not find itself")
    @APIResponse(responseCode = "409", description = "The problem (evaluation and node, or report finding) already has an item: existingId")
    @APIResponse(responseCode = "422", description = "A reference that does not fit the source, department or year; a deadline before the year")
    public Response create(@Valid @NotNull RectificationRequest request) {
        RectificationView created = RectificationView.of(rectifications.create(request.toNew()));
        return Response.created(URI.create("/api/v1/rectifications/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Operation(operationId = "listRectifications", summary = "Rectification items by id, filtered by department, year found and status (a department sees its own)")
    @APIResponse(responseCode = "200", description = "A page: items, total, page, size")
    @APIResponse(responseCode = "400", description = "Unknown status, a year, page or size out of range")
    public Page<RectificationView> list(@QueryParam("department")
                                        @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = Params.MAX_CODE_LENGTH))
                                        String department,
                                        @QueryParam("year") @Parameter(description = "The year the problems were found in",
                                                schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) String year,
                                        @QueryParam("status") @Parameter(description = "OPEN, IN_PROGRESS, DONE or OVERDUE") String status,
                                        @QueryParam("page") @DefaultValue("0") @Parameter(schema = @Schema(type = SchemaType.INTEGER,
                                                minimum = "0")) String page,
                                        @QueryParam("size") @DefaultValue("50") @Parameter(schema = @Schema(type = SchemaType.INTEGER,
                                                minimum = "1", maximum = "1000")) String size) {
        PageRequest request = PageRequest.of(QueryParams.integer(page, "page", 0, Integer.MAX_VALUE, 0),
                QueryParams.integer(size, "size", 1, PageRequest.MAX_SIZE, 50));
        Page<RectificationService.Item> found = rectifications.list(QueryParams.text(department, "department", Params.MAX_CODE_LENGTH),
                QueryParams.integer(year, "year", 2000, 2100, null),
                QueryParams.enumOf(RectificationStatus.class, status, "status", null), request);
        return Page.of(found.items().stream().map(RectificationView::of).toList(), found.total(), request);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Operation(operationId = "getRectification", summary = "A rectification item")
    @APIResponse(responseCode = "200", description = "The item")
    @APIResponse(responseCode = "400", description = "id is not a whole number from 1")
    @APIResponse(responseCode = "404", description = "Unknown item")
    public RectificationView get(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id) {
        return RectificationView.of(rectifications.get(QueryParams.id(id, "id")));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT})
    @Operation(operationId = "updateRectification", summary = "Set the measure, owner and deadline (all three: one left out is cleared) while not DONE",
            description = "Finance any item; a department the items of its own self-evaluation (the finance bureau's stand as it set them).")
    @APIResponse(responseCode = "200", description = "Stored; the item")
    @APIResponse(responseCode = "400", description = "Not JSON of this shape, a text too long, naming the field")
    @APIResponse(responseCode = "403", description = "Not one who plans this item")
    @APIResponse(responseCode = "404", description = "Unknown item")
    @APIResponse(responseCode = "409", description = "The item is DONE")
    @APIResponse(responseCode = "422", description = "A deadline before the year the problem was found, or too far after it")
    public RectificationView update(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id,
            @Valid @NotNull RectificationPlanRequest request) {
        return RectificationView.of(rectifications.update(QueryParams.id(id, "id"), request.measure(), request.owner(),
                request.deadline()));
    }

    @POST
    @Path("{id}/progress")
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT})
    @Operation(operationId = "reportRectificationProgress", summary = "Report progress: OPEN → IN_PROGRESS, OPEN or IN_PROGRESS → DONE with evidence (整改情况, 佐证材料)")
    @APIResponse(responseCode = "200", description = "Moved; the item")
    @APIResponse(responseCode = "400", description = "Not JSON of this shape, an unknown status, evidence too long")
    @APIResponse(responseCode = "403", description = "Not finance or the item's department")
    @APIResponse(responseCode = "404", description = "Unknown item")
    @APIResponse(responseCode = "409", description = "Not a move from the item's status (DONE is final; no way back to OPEN)")
    @APIResponse(responseCode = "422", description = "No status, OVERDUE asked for, or DONE without evidence")
    public RectificationView progress(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id,
            @Valid @NotNull RectificationProgressRequest request) {
        return RectificationView.of(rectifications.progress(QueryParams.id(id, "id"), request.status(), request.evidence()));
    }
}
