package org.jixiao.budget.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.budget.domain.Recommendation;
import org.jixiao.budget.domain.RecommendationCsv;
import org.jixiao.budget.service.RecommendationImport;
import org.jixiao.budget.service.RecommendationService;
import org.jixiao.budget.service.RowErrors;
import org.jixiao.platform.paging.Page;
import org.jixiao.platform.paging.PageRequest;
import org.jixiao.platform.paging.QueryParams;
import org.jixiao.platform.security.Roles;
import org.jixiao.platform.xlsx.XlsxUploads;

@Path("/api/v1/budgets/{year}/recommendations")
@Tag(name = "Results application", description = "结果应用: next year's budget advice per department and project from "
        + "evaluation-service's table, shown on each budget line")
public class RecommendationResource {
    private static final String IMPORT = """
            The table of evaluation-service's GET /recommendations.csv or .xlsx for the year before ({year} - 1), as
            exported. All or nothing: every row is checked (the year, a known department, the action with its cut: 优先保障
            none, 保障 0, 核减 above 0 and below 100, 取消 100; no department or project twice) and each problem names
            its row and column; nothing is stored when any is bad. The set replaces the year's earlier one; the same set
            again changes nothing (changed: false). Audited.""";
    private final RecommendationService recommendations;
    private final XlsxUploads uploads;

    public RecommendationResource(RecommendationService recommendations, XlsxUploads uploads) {
        this.recommendations = recommendations;
        this.uploads = uploads;
    }

    @POST
    @RolesAllowed(Roles.FINANCE)
    @Consumes(BudgetResource.CSV)
    @Operation(summary = "Import next year's budget advice (结果应用) as CSV", description = IMPORT)
    @RequestBody(content = @Content(mediaType = BudgetResource.CSV, examples = @ExampleObject(name = "model", value = """
            department,projectKey,subject,year,grade,total,action,cutPercent,wording,basis,evaluationId,filed
            GZ-XFJ,,部门整体支出,2021,优,93.16,PRIORITY,,优先保障,SELF,1,是""")))
    @APIResponse(responseCode = "200", description = "Imported (or unchanged): counts")
    @APIResponse(responseCode = "400", description = "A bad header or rows: every problem {index, field, message}; nothing stored")
    @APIResponse(responseCode = "403", description = "Not finance")
    public RecommendationImport importCsv(@PathParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER,
            minimum = "2001", maximum = "2100")) String year, InputStream body) {
        int y = year(year);
        return recommendations.importRows(y, RecommendationCsv.rows(new InputStreamReader(body, StandardCharsets.UTF_8
                .newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))),
                RowErrors.BY_INDEX);
    }

    @POST
    @RolesAllowed(Roles.FINANCE)
    @Consumes(BudgetResource.XLSX)
    @Operation(summary = "Import next year's budget advice (结果应用) as the XLSX workbook (sheet 结果应用)", description = IMPORT
            + " Problems name their cell (结果应用!G3).")
    @RequestBody(content = @Content(mediaType = BudgetResource.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "Imported (or unchanged): counts")
    @APIResponse(responseCode = "403", description = "Not finance")
    @APIResponse(responseCode = "413", description = "Larger than jixiao.xlsx.max-bytes")
    @APIResponse(responseCode = "422", description = "Not a valid XLSX, or problems at named cells; nothing stored")
    public RecommendationImport importXlsx(@PathParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER,
            minimum = "2001", maximum = "2100")) String year, @Context HttpHeaders headers, InputStream body) {
        int y = year(year);
        XlsxUploads.SheetContent content = uploads.read(body, headers.getLength(), RecommendationSheet.TEMPLATE);
        SheetUpload upload = SheetUpload.of(RecommendationSheet.TEMPLATE, content, List.of());
        return recommendations.importRows(y, RecommendationSheet.rows(content.records()), upload.rowErrors());
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.AUDITOR, Roles.DEPARTMENT})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The budget year's imported advice (finance and auditor: all; a department: its own)")
    @APIResponse(responseCode = "200", description = "A page: by department, the department first, then its projects")
    @APIResponse(responseCode = "400", description = "year, page or size out of range")
    @APIResponse(responseCode = "403", description = "Another department's, or not finance, auditor or department")
    public Page<Recommendation> listRecommendations(@PathParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER,
                                             minimum = "2001", maximum = "2100")) String year,
                                     @QueryParam("department") @Parameter(schema = @Schema(maxLength = 64)) String department,
                                     @QueryParam("page") @DefaultValue("0") @Parameter(schema = @Schema(type = SchemaType.INTEGER,
                                             minimum = "0")) String page,
                                     @QueryParam("size") @DefaultValue("100") @Parameter(schema = @Schema(type = SchemaType.INTEGER,
                                             minimum = "1", maximum = "1000")) String size) {
        PageRequest request = PageRequest.of(QueryParams.integer(page, "page", 0, Integer.MAX_VALUE, 0),
                QueryParams.integer(size, "size", 1, PageRequest.MAX_SIZE, 100));
        String code = QueryParams.text(department, "department", BudgetResource.MAX_PROJECT_KEY);
        List<Recommendation> rows = recommendations.list(year(year), code == null || code.isBlank() ? null : code.strip());
        int from = (int) Math.min(request.offset(), rows.size());
        return Page.of(rows.subList(from, Math.min(from + request.size(), rows.size())), rows.size(), request);
    }

    private static int year(String year) {
        Integer y = QueryParams.integer(year, "year", 2001, 2100, null);
        if (y == null) {
            throw org.jixiao.platform.problem.ProblemException.invalidField("year", "must be a whole number from 2001 to 2100");
        }
        return y;
    }
}
