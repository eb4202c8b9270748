package org.jixiao.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.evaluation.service.RectificationService;
import org.jixiao.platform.paging.QueryParams;
import org.jixiao.platform.security.Roles;

/** The rectification items of an evaluation's shortfalls, opened in one go. */
@Path("/api/v1/evaluations/{id}/rectifications")
@Tag(name = "Rectifications", description = "整改: problems found by a self-evaluation, a finance review, a third party or a "
        + "report finding, with measure, owner, deadline and progress; shown in the department's next-year evaluation and report")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationRectificationResource {
    private final RectificationService rectifications;

    public EvaluationRectificationResource(RectificationService rectifications) {
        this.rectifications = rectifications;
    }

    @POST
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT})
    @Operation(summary = "Open an item for every shortfall of the evaluation's latest result that has none (idempotent)", description = """
            Every scored indicator below its full points (and every key-task indicator below full marks) becomes an item:
            its 偏差原因 the problem (after the indicator's name), its 改进措施 the measure, with the owner and deadline given
            here. A node that already has an item gets no second one, so calling again opens only what is new. Source:
            the evaluation's kind (SELF → SELF_EVALUATION, which the department may do for itself; FINANCE_REVIEW and
            THIRD_PARTY: finance).""")
    @APIResponse(responseCode = "201", description = "Items opened: created, existing, and every item of the evaluation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RectificationView.FromEvaluation.class)))
    @APIResponse(responseCode = "200", description = "Nothing new: every shortfall already has its item",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RectificationView.FromEvaluation.class)))
    @APIResponse(responseCode = "400", description = "id is not a whole number from 1, or a body not of this shape")
    @APIResponse(responseCode = "403", description = "Not one who opens items for this evaluation")
    @APIResponse(responseCode = "404", description = "Unknown evaluation")
    @APIResponse(responseCode = "422", description = "The evaluation is not scored yet, or a deadline before its year")
    public Response fromShortfalls(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id,
            @Valid ShortfallsRequest request) {
        RectificationView.FromEvaluation done = RectificationView.FromEvaluation.of(rectifications.fromEvaluation(
                QueryParams.id(id, "id"), request == null ? null : request.owner(), request == null ? null : request.deadline()));
        return Response.status(done.created() > 0 ? 201 : 200).entity(done).build();
    }
}
