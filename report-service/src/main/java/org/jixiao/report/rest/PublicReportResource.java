package org.jixiao.report.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.platform.paging.Page;
import org.jixiao.platform.paging.PageRequest;
import org.jixiao.platform.paging.QueryParams;
import org.jixiao.platform.problem.Problem;
import org.jixiao.report.repository.PublicationRepository.PublishedRow;
import org.jixiao.report.service.PublicationService;
import org.jixiao.report.service.RenderFormat;
import org.jixiao.report.service.RenderService.Rendering;
import org.jixiao.report.service.TableFormat;

/**
 * 预算绩效信息公开: what finance published, for everyone, without a token. Only PUBLISHED versions are shown; whatever
 * is not one (a draft, an unpublished version, an unknown report or table, an id that is not a number) is the same
 * 404, so no answer tells that a draft exists. The Authorization header is not read here: a reader's missing,
 * expired or foreign token changes nothing.
 */
@Path(PublicReportResource.PATH)
@PermitAll
@SecurityRequirementsSet({})
@Tag(name = "publication", description = "公开: published self-evaluation reports and their tables, without a token")
public class PublicReportResource {
    static final String PATH = "/api/v1/public/reports";
    private static final String PROBLEM = Problem.MEDIA_TYPE;
    private static final int DEFAULT_SIZE = 20;
    /** A published version's files never change; a day of caching spares the renderer (an ingress or CDN may keep them). */
    private static final String CACHE = "public, max-age=86400";
    private static final String NOT_PUBLISHED_EXAMPLE = "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
            + "\"detail\":\"" + PublicationService.NOT_PUBLISHED + "\"}";
    private static final String INDEX_EXAMPLE = """
            {"items":[{"reportId":12,"version":2,"title":"2021年度广州市信访局部门整体支出绩效自评报告","department":"GZ-XFJ",
            "departmentName":"广州市信访局","year":2021,"score":93.16,"grade":"优","publishedAt":"2022-03-31T02:00:00Z",
            "links":{"pdf":"/api/v1/public/reports/12/versions/2.pdf","docx":"/api/v1/public/reports/12/versions/2.docx",
            "html":"/api/v1/public/reports/12/versions/2.html"},
            "tables":[{"key":"department","title":"2021年度广州市信访局部门整体支出绩效自评表",
            "links":{"xlsx":"/api/v1/public/reports/12/versions/2/tables/department.xlsx",
            "pdf":"/api/v1/public/reports/12/versions/2/tables/department.pdf",
            "docx":"/api/v1/public/reports/12/versions/2/tables/department.docx"}},
            {"key":"project-XXH","title":"2021年度项目支出绩效自评表（2019年信息化建设项目）",
            "links":{"xlsx":"/api/v1/public/reports/12/versions/2/tables/project-XXH.xlsx",
            "pdf":"/api/v1/public/reports/12/versions/2/tables/project-XXH.pdf",
            "docx":"/api/v1/public/reports/12/versions/2/tables/project-XXH.docx"}}]}],
            "total":1,"page":0,"size":20}""";

    @Inject
    PublicationService publication;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Published reports (公开), without a token", description = "For each report with a published version, its "
            + "newest published version: title, department, year, 自评总分 and 自评等级, when it was published, and the addresses "
            + "of the report (PDF, DOCX, HTML) and of its self-evaluation tables (XLSX, PDF, DOCX). Newest publication first. "
            + "Drafts and unpublished versions are never listed.")
    @APIResponse(responseCode = "200", description = "A page: items, total, page, size",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "model", value = INDEX_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A parameter out of range, naming it", content = @Content(mediaType = PROBLEM))
    public Page<PublishedReportView> index(
            @Parameter(description = "department code", schema = @Schema(type = SchemaType.STRING, maxLength = Requests.DEPARTMENT_MAX),
                    example = "GZ-XFJ") @QueryParam("department") String department,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "2000", maximum = "2100"), example = "2021")
            @QueryParam("year") String year,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "1000", defaultValue = "20"))
            @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(QueryParams.integer(page, "page", 0, Integer.MAX_VALUE, 0),
                QueryParams.integer(size, "size", 1, PageRequest.MAX_SIZE, DEFAULT_SIZE));
        Page<PublishedRow> rows = publication.index(QueryParams.text(department, "department", Requests.DEPARTMENT_MAX),
                QueryParams.integer(year, "year", Requests.MIN_YEAR, Requests.MAX_YEAR, null), request);
        return Page.of(rows.items().stream().map(PublishedReportView::of).toList(), rows.total(), request);
    }

    @GET
    @Path("/{id}/versions/{v}.pdf")
    @Produces("application/pdf")
    @Operation(summary = "A published report as PDF, without a token", description = "The same rendering as the authenticated "
            + "GET /api/v1/reports/{id}/versions/{v}?format=pdf, served only while the version is PUBLISHED.")
    @APIResponse(responseCode = "200", description = "The report (inline; ETag)",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "Not a published version (draft, unpublished, unknown: one answer)",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not published", value = NOT_PUBLISHED_EXAMPLE)))
    public Response reportPdf(@Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"), example = "12")
            @PathParam("id") String id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1"), example = "2") @PathParam("v") String v) {
        return report(id, v, RenderFormat.PDF);
    }

    @GET
    @Path("/{id}/versions/{v}.docx")
    @Produces(RenderFormat.DOCX_TYPE)
    @Operation(summary = "A published report as DOCX, without a token", description = "The same rendering as ?format=docx of the "
            + "authenticated version; only while the version is PUBLISHED.")
    @APIResponse(responseCode = "200", description = "The report (attachment; ETag)",
            content = @Content(mediaType = RenderFormat.DOCX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "Not a published version (draft, unpublished, unknown: one answer)",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not published", value = NOT_PUBLISHED_EXAMPLE)))
    public Response reportDocx(@Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"), example = "12")
            @PathParam("id") String id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1"), example = "2") @PathParam("v") String v) {
        return report(id, v, RenderFormat.DOCX);
    }

    @GET
    @Path("/{id}/versions/{v}.html")
    @Produces("text/html")
    @Operation(summary = "A published report as HTML, without a token", description = "The same rendering as ?format=html of the "
            + "authenticated version (narrative escaped); only while the version is PUBLISHED.")
    @APIResponse(responseCode = "200", description = "The report (ETag)", content = @Content(mediaType = "text/html"))
    @APIResponse(responseCode = "404", description = "Not a published version (draft, unpublished, unknown: one answer)",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not published", value = NOT_PUBLISHED_EXAMPLE)))
    public Response reportHtml(@Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"), example = "12")
            @PathParam("id") String id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1"), example = "2") @PathParam("v") String v) {
        return report(id, v, RenderFormat.HTML);
    }

    @GET
    @Path("/{id}/versions/{v}/tables/{table}.xlsx")
    @Produces(TableFormat.XLSX_TYPE)
    @Operation(summary = "A table (自评表) of a published report as XLSX, without a token", description = "部门整体支出绩效自评表 "
            + "(department) or 项目支出绩效自评表 (project-{projectKey}); the same workbook as the authenticated …/tables/{table}?format=xlsx.")
    @APIResponse(responseCode = "200", description = "The table (attachment; ETag)",
            content = @Content(mediaType = TableFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "Not a published version, or no such table (one answer)",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not published", value = NOT_PUBLISHED_EXAMPLE)))
    public Response tableXlsx(@Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"), example = "12")
            @PathParam("id") String id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1"), example = "2") @PathParam("v") String v,
            @Parameter(description = "department or project-{projectKey}", example = "project-XXH") @PathParam("table") String table) {
        return table(id, v, table, TableFormat.XLSX);
    }

    @GET
    @Path("/{id}/versions/{v}/tables/{table}.pdf")
    @Produces("application/pdf")
    @Operation(summary = "A table (自评表) of a published report as PDF, without a token", description = "A4 landscape, the same "
            + "rendering as the authenticated …/tables/{table}?format=pdf.")
    @APIResponse(responseCode = "200", description = "The table (inline; ETag)",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "Not a published version, or no such table (one answer)",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not published", value = NOT_PUBLISHED_EXAMPLE)))
    public Response tablePdf(@Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"), example = "12")
            @PathParam("id") String id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1"), example = "2") @PathParam("v") String v,
            @Parameter(description = "department or project-{projectKey}", example = "department") @PathParam("table") String table) {
        return table(id, v, table, TableFormat.PDF);
    }

    @GET
    @Path("/{id}/versions/{v}/tables/{table}.docx")
    @Produces(RenderFormat.DOCX_TYPE)
    @Operation(summary = "A table (自评表) of a published report as DOCX, without a token", description = "The same rendering as the "
            + "authenticated …/tables/{table}?format=docx.")
    @APIResponse(responseCode = "200", description = "The table (attachment; ETag)",
            content = @Content(mediaType = RenderFormat.DOCX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "Not a published version, or no such table (one answer)",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not published", value = NOT_PUBLISHED_EXAMPLE)))
    public Response tableDocx(@Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"), example = "12")
            @PathParam("id") String id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1"), example = "2") @PathParam("v") String v,
            @Parameter(description = "department or project-{projectKey}", example = "department") @PathParam("table") String table) {
        return table(id, v, table, TableFormat.DOCX);
    }

    private Response report(String id, String v, RenderFormat format) {
        return file(publication.report(number(id), version(v), format));
    }

    private Response table(String id, String v, String table, TableFormat format) {
        return file(publication.table(number(id), version(v), table, format));
    }

    private static Response file(Rendering r) {
        Response.ResponseBuilder answer = Response.ok(r.body(), r.mediaType()).header("ETag", r.etag()).header("Cache-Control", CACHE);
        return r.contentDisposition() == null ? answer.build() : answer.header("Content-Disposition", r.contentDisposition()).build();
    }

    /**
     * An id or version number in a public address; anything but a whole number from 1 is the same 404 as a draft
     * (a 400 naming the parameter would be a second kind of answer, and it would say nothing useful to a reader).
     */
    private static long number(String text) {
        if (text == null || text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw PublicationService.notPublished();
        }
        long n = Long.parseLong(text);
        if (n < 1) {
            throw PublicationService.notPublished();
        }
        return n;
    }

    private static int version(String text) {
        long n = number(text);
        if (n > Integer.MAX_VALUE) {
            throw PublicationService.notPublished();
        }
        return (int) n;
    }
}
