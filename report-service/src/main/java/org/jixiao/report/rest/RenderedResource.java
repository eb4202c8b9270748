package org.jixiao.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.platform.paging.QueryParams;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.Problem;
import org.jixiao.platform.problem.ProblemException;
import org.jixiao.platform.security.Roles;
import org.jixiao.report.repository.RenderedDocumentRepository.RenderedDocument;
import org.jixiao.report.service.PublishedDocuments;

/** A published version's PDF rendered once and stored (the items of RENDER_PUBLISHED, docs/jobs.md). */
@Path("/api/v1/reports/{id}/versions/{v}/rendered")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports", description = "自评报告: narrative sections, immutable versions, rendering, publishing")
public class RenderedResource {
    private final PublishedDocuments documents;

    RenderedResource(PublishedDocuments documents) {
        this.documents = documents;
    }

    /** What was stored: the version, the format, the size and sha256 of the bytes, and when they were rendered. */
    public record Rendered(long reportId, int version, String format, int bytes, String sha256, Instant renderedAt) {
    }

    @POST
    @RolesAllowed(Roles.FINANCE)
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "storeRendered", summary = "Render a published version's PDF and store it (finance)",
            description = "Idempotent: a version already stored is not rendered again. GET …/versions/{v} as PDF then serves "
                    + "the stored bytes.")
    @APIResponse(responseCode = "200", description = "Stored: {reportId, version, format, bytes, sha256, renderedAt}")
    @APIResponse(responseCode = "400", description = "id or v is not a whole number from 1, or a format other than pdf",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Not finance", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Unknown report or version", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The version is not published", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Rendered store(@Parameter(schema = @Schema(ref = "ReportId")) @PathParam("id") String id,
                          @Parameter(schema = @Schema(ref = "VersionNumber")) @PathParam("v") String v,
                          @Parameter(schema = @Schema(enumeration = {"pdf"})) @QueryParam("format") String format) {
        long reportId = QueryParams.id(id, "id");
        int version = QueryParams.integer(v, "v", 1, Integer.MAX_VALUE, -1);
        if (version < 1) {
            throw ProblemException.invalidField("v", "must be a whole number from 1");
        }
        if (format != null && !format.isBlank() && !format.strip().equals("pdf")) {
            throw ProblemException.invalid("only a PDF is stored", List.of(new FieldError("format", "pdf")));
        }
        RenderedDocument d = documents.renderPdf(reportId, version);
        return new Rendered(reportId, version, d.format(), d.content().length, d.sha256(), d.renderedAt());
    }
}
