package org.jixiao.report.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jixiao.platform.security.TokenPropagation;

/** evaluation-service (docs/api.md). */
@RegisterRestClient(configKey = "evaluation-service")
@RegisterClientHeaders(TokenPropagation.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface EvaluationClient {
    @GET
    @Path("/evaluations/{id}/result")
    JsonNode result(@PathParam("id") long id);

    @GET
    @Path("/cycles/{year}")
    JsonNode cycle(@PathParam("year") int year);

    @GET
    @Path("/cycles/{year}/departments")
    JsonNode progress(@PathParam("year") int year);

    @GET
    @Path("/rectifications")
    JsonNode rectifications(@QueryParam("department") String department, @QueryParam("year") int year, @QueryParam("size") int size);

    @GET
    @Path("/evaluations")
    JsonNode evaluations(@QueryParam("department") String department, @QueryParam("year") int year, @QueryParam("kind") String kind,
            @QueryParam("subject") String subject, @QueryParam("size") int size);
}
