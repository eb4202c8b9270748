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

/** budget-service (docs/api.md). Answers are kept as JSON trees: the version stores exactly what was fetched. */
@RegisterRestClient(configKey = "budget-service")
@RegisterClientHeaders(TokenPropagation.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface BudgetClient {
    @GET
    @Path("/departments")
    JsonNode departments(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/departments/{code}")
    JsonNode department(@PathParam("code") String code);

    @GET
    @Path("/departments/{code}/budgets/{year}/execution")
    JsonNode execution(@PathParam("code") String code, @PathParam("year") int year, @QueryParam("asOf") String asOf,
            @QueryParam("scope") String scope);

    @GET
    @Path("/budgets/{year}/ranking")
    JsonNode ranking(@PathParam("year") int year, @QueryParam("asOf") String asOf, @QueryParam("scope") String scope);
}
