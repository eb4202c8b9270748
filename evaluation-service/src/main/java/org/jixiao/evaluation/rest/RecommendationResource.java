package org.jixiao.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.evaluation.domain.BudgetRecommendation;
import org.jixiao.evaluation.service.RecommendationService;
import org.jixiao.platform.paging.Page;
import org.jixiao.platform.paging.PageRequest;
import org.jixiao.platform.paging.QueryParams;
import org.jixiao.platform.security.Roles;
import org.jixiao.platform.xlsx.XlsxUploads;

@Path("/api/v1")
@Tag(name = "Results application", description = "结果应用: each department's and project's final grade as next year's "
        + "budget advice (优先保障, 保障, 核减 X%, 取消), for budget preparation to import")
public class RecommendationResource {
    private static final String TAG_DESCRIPTION = """
            One row per department (its evaluation as a whole) and per project (projectKey) of the year: the newest scored
            FINANCE_REVIEW evaluation when there is one (finance's re-evaluation overrides the self-evaluation), else the
            newest scored SELF one (basis, evaluationId, total, grade, filed), and what the configured policy
            (jixiao.results.policy) makes of its grade: action PRIORITY, KEEP, CUT or CANCEL, cutPercent (0 keep, 100
            cancel, none for priority) and the wording (核减10%). The advice is for the year after.""";
    /** Department codes as budget-service stores them. */
    private static final int MAX_CODE = 64;
    private final RecommendationService recommendations;

    public RecommendationResource(RecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    @GET
    @Path("recommendations")
    @RolesAllowed({Roles.FINANCE, Roles.AUDITOR, Roles.DEPARTMENT})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The year's results application, paged (finance and auditor: all; a department: its own)",
            description = TAG_DESCRIPTION + " CSV and XLSX for budget-service's import: GET /recommendations.csv and .xlsx.")
    @APIResponse(responseCode = "200", description = "A page: items, total, page, size; by department, the department "
            + "first, then its projects by key")
    @APIResponse(responseCode = "400", description = "year missing or out of range, department too long, page or size out of range")
    @APIResponse(responseCode = "403", description = "Another department's, or not finance, auditor or department")
    public Page<BudgetRecommendation> listRecommendations(@QueryParam("year") @Parameter(required = true, schema = @Schema(
                                                   type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) String year,
                                           @QueryParam("department") @Parameter(schema = @Schema(maxLength = 64)) String department,
                                           @QueryParam("page") @DefaultValue("0") @Parameter(schema = @Schema(
                                                   type = SchemaType.INTEGER, minimum = "0")) String page,
                                           @QueryParam("size") @DefaultValue("100") @Parameter(schema = @Schema(
                                                   type = SchemaType.INTEGER, minimum = "1", maximum = "1000")) String size) {
        PageRequest request = PageRequest.of(QueryParams.integer(page, "page", 0, Integer.MAX_VALUE, 0),
                QueryParams.integer(size, "size", 1, PageRequest.MAX_SIZE, 100));
        List<BudgetRecommendation> rows = rows(year, department);
        int from = (int) Math.min(request.offset(), rows.size());
        return Page.of(rows.subList(from, Math.min(from + request.size(), rows.size())), rows.size(), request);
    }

    @GET
    @Path("recommendations.csv")
    @RolesAllowed({Roles.FINANCE, Roles.AUDITOR, Roles.DEPARTMENT})
    @Produces("text/csv")
    @Operation(summary = "The year's results application as CSV for budget preparation (UTF-8 with BOM; header: the "
            + "column keys department,projectKey,subject,year,grade,total,action,cutPercent,wording,basis,evaluationId,filed)")
    @APIResponse(responseCode = "200", description = "CSV, every row the caller sees")
    @APIResponse(responseCode = "400", description = "year missing or out of range")
    @APIResponse(responseCode = "403", description = "Another department's, or not finance, auditor or department")
    public Response recommendationsCsv(@QueryParam("year") @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER,
                                minimum = "2000", maximum = "2100")) String year,
                        @QueryParam("department") @Parameter(schema = @Schema(maxLength = 64)) String department) {
        return Response.ok(RecommendationSheet.csv(rows(year, department)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"recommendations-" + year(year) + ".csv\"").build();
    }

    @GET
    @Path("recommendations.xlsx")
    @RolesAllowed({Roles.FINANCE, Roles.AUDITOR, Roles.DEPARTMENT})
    @Produces(XlsxUploads.MEDIA_TYPE)
    @Operation(summary = "The year's results application as an XLSX workbook (sheet 结果应用) for budget preparation")
    @APIResponse(responseCode = "200", description = "XLSX, every row the caller sees; budget-service imports it unchanged")
    @APIResponse(responseCode = "400", description = "year missing or out of range")
    @APIResponse(responseCode = "403", description = "Another department's, or not finance, auditor or department")
    public Response recommendationsXlsx(@QueryParam("year") @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER,
                                 minimum = "2000", maximum = "2100")) String year,
                         @QueryParam("department") @Parameter(schema = @Schema(maxLength = 64)) String department) {
        return Workbooks.download(RecommendationSheet.TEMPLATE, RecommendationSheet.rows(rows(year, department)),
                "recommendations-" + year(year) + ".xlsx");
    }

    private List<BudgetRecommendation> rows(String year, String department) {
        String code = QueryParams.text(department, "department", MAX_CODE);
        return recommendations.recommendations(year(year), code == null || code.isBlank() ? null : code.strip());
    }

    private static int year(String year) {
        if (year == null || year.isBlank()) {
            throw org.jixiao.platform.problem.ProblemException.invalidField("year", "is required (2000 to 2100)");
        }
        return QueryParams.integer(year, "year", 2000, 2100, null);
    }
}
