package org.jixiao.budget.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.budget.domain.Benchmark;
import org.jixiao.budget.domain.Ranking;
import org.jixiao.budget.domain.Scope;
import org.jixiao.budget.domain.Warnings;
import org.jixiao.budget.service.ExecutionService;
import org.jixiao.platform.paging.QueryParams;
import org.jixiao.platform.security.Caller;
import org.jixiao.platform.security.Roles;

@Path("/api/v1/budgets/{year}")
@Tag(name = "City monitoring", description = "支出进度全市排名 and 绩效运行监控 warnings")
@Produces(MediaType.APPLICATION_JSON)
public class CityResource {
    private final ExecutionService execution;
    private final Caller caller;

    public CityResource(ExecutionService execution, Caller caller) {
        this.execution = execution;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Path("ranking")
    @Operation(summary = "City-wide ranking by spending progress", description = """
            Departments ordered by spending progress (spent ÷ adjusted budget as of asOf), highest first; equal
            progress is ordered by department code; departments with a zero budget come last. The response states
            the benchmark used for time progress (序时进度). The model department ranks 6th (第6名) in the demo.""")
    @APIResponse(responseCode = "200", description = "The ranking")
    @APIResponse(responseCode = "400", description = "asOf not a date (YYYY-MM-DD), or an unknown scope or benchmark")
    public Ranking ranking(@PathParam("year") int year,
                           @Parameter(description = "Date (YYYY-MM-DD); default today, or the year end for a past year")
                           @QueryParam("asOf") String asOf,
                           @Parameter(description = "MUNICIPAL (default) or ALL") @QueryParam("scope") String scope,
                           @Parameter(description = "LINEAR (default), QUARTERLY or PLAN") @QueryParam("benchmark") String benchmark) {
        return execution.ranking(year, QueryParams.date(asOf, "asOf"), QueryParams.enumOf(Scope.class, scope, "scope", Scope.MUNICIPAL),
                QueryParams.enumOf(Benchmark.class, benchmark, "benchmark", null));
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Path("warnings")
    @Operation(summary = "Departments and lines behind time progress (YELLOW/RED) or spent above budget (a department or third-party user: its own)")
    @APIResponse(responseCode = "200", description = "The warnings")
    @APIResponse(responseCode = "400", description = "asOf not a date (YYYY-MM-DD), or an unknown scope or benchmark")
    public Warnings warnings(@PathParam("year") int year, @QueryParam("asOf") String asOf,
                             @QueryParam("scope") String scope, @QueryParam("benchmark") String benchmark) {
        Warnings all = execution.warnings(year, QueryParams.date(asOf, "asOf"),
                QueryParams.enumOf(Scope.class, scope, "scope", Scope.MUNICIPAL), QueryParams.enumOf(Benchmark.class, benchmark, "benchmark", null));
        return caller.departmentScope().map(visible -> all.only(visible)).orElse(all);
    }
}
