package org.jixiao.evaluation.client;

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

/**
 * budget-service's execution, project execution and ranking endpoints (docs/api.md), read as a tree: the tree is kept as evidence. Called with the
 * caller's own token, so budget-service applies the caller's roles and departments.
 */
@RegisterRestClient(configKey = "budget-service")
@RegisterClientHeaders(TokenPropagation.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface BudgetClient {
    @GET
    @Path("/departments/{code}/budgets/{year}/execution")
    JsonNode execution(@PathParam("code") String department, @PathParam("year") int year,
                       @QueryParam("asOf") String asOf, @QueryParam("scope") String scope);

    @GET
    @Path("/departments/{code}/budgets/{year}/projects/{projectKey}/execution")
    JsonNode projectExecution(@PathParam("code") String department, @PathParam("year") int year,
                              @PathParam("projectKey") String projectKey, @QueryParam("asOf") String asOf);

    @GET
    @Path("/budgets/{year}/ranking")
    JsonNode ranking(@PathParam("year") int year, @QueryParam("asOf") String asOf, @QueryParam("scope") String scope);
}
