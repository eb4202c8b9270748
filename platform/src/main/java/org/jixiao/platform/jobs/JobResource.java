package org.jixiao.platform.jobs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.properties.IfBuildProperty;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
import org.jixiao.platform.problem.Problem;
import org.jixiao.platform.problem.ProblemException;
import org.jixiao.platform.security.Roles;

/**
 * /api/v1/jobs in the services that offer jobs ({@code jixiao.jobs.enabled=true} at build time): a city's year of
 * scoring, assembling or rendering as one asynchronous job (docs/jobs.md). Finance starts, finance and auditors read.
 */
@Path("/api/v1/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "jobs", description = "Batch operations of a whole year as asynchronous jobs: progress, failures per item, resume")
@IfBuildProperty(name = "jixiao.jobs.enabled", stringValue = "true")
public class JobResource {
    private static final int MAX_TYPE = 40;

    private final Jobs jobs;
    private final Optional<URI> loopback;

    JobResource(Jobs jobs, @ConfigProperty(name = "jixiao.jobs.loopback-url") Optional<URI> loopback) {
        this.jobs = jobs;
        this.loopback = loopback;
    }

    @POST
    @RolesAllowed(Roles.FINANCE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startJob", summary = "Start a job, or answer the same type and year's unfinished one (finance)",
            description = "Answers at once with the job; GET its Location for progress. While a job of the same type and "
                    + "parameters is unfinished, the answer is that job (same id); an INTERRUPTED one resumes with this "
                    + "request's token and runs only the items not DONE.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = JobStart.class),
            examples = @ExampleObject(name = "score 2021", value = "{\"type\": \"SCORE_YEAR\", \"year\": 2021}")))
    @APIResponse(responseCode = "202", description = "Started, resumed, or already running: the job with its progress",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "400", description = "Not a JSON object, an unknown type, a parameter missing, "
            + "not a whole number or unknown: naming the member", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Not finance", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "A well-formed request the service refuses", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response start(ObjectNode body, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                          @Context HttpServerRequest request) {
        if (body == null) {
            throw ProblemException.invalidField("body", "is required: {\"type\": …, \"year\": …}");
        }
        Jobs.Started started = jobs.start(body, authorization, loopback.orElseGet(() ->
                URI.create("http://127.0.0.1:" + request.localAddress().port())));
        return Response.accepted(started.job()).location(URI.create("/api/v1/jobs/" + started.job().id())).build();
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.AUDITOR})
    @Path("{id}")
    @Operation(operationId = "getJob", summary = "A job: status, total, done, failed (with each reason), remaining (finance, auditor)")
    @APIResponse(responseCode = "200", description = "The job", content = @Content(schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "400", description = "id is not a whole number from 1", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Neither finance nor auditor", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Unknown job", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public JobView get(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
                       String id) {
        return jobs.get(QueryParams.id(id, "id"));
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.AUDITOR})
    @Operation(operationId = "listJobs", summary = "Jobs, newest first, with their progress (finance, auditor)")
    @APIResponse(responseCode = "200", description = "A page: items, total, page, size")
    @APIResponse(responseCode = "400", description = "An unknown status, a type too long, page or size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Neither finance nor auditor", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Page<JobView> list(@QueryParam("type") @Parameter(description = "e.g. SCORE_YEAR") String type,
                              @QueryParam("status") @Parameter(description = "QUEUED, RUNNING, INTERRUPTED or DONE") String status,
                              @QueryParam("page") @DefaultValue("0") @Parameter(schema = @Schema(type = SchemaType.INTEGER,
                                      minimum = "0")) String page,
                              @QueryParam("size") @DefaultValue("50") @Parameter(schema = @Schema(type = SchemaType.INTEGER,
                                      minimum = "1", maximum = "1000")) String size) {
        PageRequest request = PageRequest.of(QueryParams.integer(page, "page", 0, Integer.MAX_VALUE, 0),
                QueryParams.integer(size, "size", 1, PageRequest.MAX_SIZE, 50));
        return jobs.list(QueryParams.text(type, "type", MAX_TYPE), QueryParams.enumOf(JobStatus.class, status, "status", null),
                request);
    }

    /** What POST /jobs takes (documentation only: the body is read member by member, JobParams). */
    record JobStart(@Schema(required = true, example = "SCORE_YEAR", description = "the job type: SCORE_YEAR (evaluation-service), ASSEMBLE_YEAR or RENDER_PUBLISHED (report-service); docs/jobs.md")
                    String type,
                    @Schema(required = true, example = "2021", minimum = "2000", maximum = "2100") int year) {
    }
}
