package org.jixiao.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.platform.paging.Page;
import org.jixiao.platform.paging.PageRequest;
import org.jixiao.platform.paging.QueryParams;
import org.jixiao.platform.security.Roles;
import org.jixiao.platform.workflow.ReviewStatus;
import org.jixiao.platform.xlsx.XlsxColumn;
import org.jixiao.platform.xlsx.XlsxTemplate;
import org.jixiao.platform.xlsx.XlsxType;
import org.jixiao.report.domain.board.BoardRow;
import org.jixiao.report.domain.board.CityBoard;
import org.jixiao.report.service.BoardService;

@Path("/api/v1/board")
@Tag(name = "board", description = "The city board of a year: every department's progress through the cycle")
public class BoardResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PROBLEM = "application/problem+json";

    private final BoardService board;

    public BoardResource(BoardService board) {
        this.board = board;
    }

    /** The board's JSON: the year, the city's counts (all departments), and a page of the rows that pass the filters. */
    public record BoardPage(int year, CityBoard.Summary summary, Page<BoardRow> departments) {
    }

    @GET
    @Path("{year}")
    @RolesAllowed({Roles.FINANCE, Roles.AUDITOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The city board: per department what is done and what is late, with the city's counts", description = """
            Every department of budget-service with its department targets (status, against the targets deadline),
            monitoring per checkpoint, self-evaluation (review status, score, grade) and report (review status, newest
            published version), each ON_TIME, LATE, OVERDUE, OPEN or NO_DEADLINE against the year's deadlines
            (evaluation-service GET /cycles/{year}); `late` lists the steps flagged. `summary` counts the whole city;
            the filters narrow the rows, paged. CSV and XLSX: GET …/board/{year}.csv and .xlsx with the same filters.""")
    @APIResponse(responseCode = "200", description = "The board")
    @APIResponse(responseCode = "400", description = "A year, filter, page or size out of range, naming it", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Not finance or auditor", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "503", description = "A peer is unavailable (Retry-After)", content = @Content(mediaType = PROBLEM))
    public BoardPage board(@PathParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) String year,
                         @QueryParam("late") @Parameter(description = "true: only departments with a late step; false: only those without")
                         String late,
                         @QueryParam("grade") @Parameter(description = "优, 良, 中, 差 or 未评") String grade,
                         @QueryParam("evaluationStatus") @Parameter(description = "DRAFT, SUBMITTED, RETURNED, REVIEWED, FILED or NONE")
                         String evaluationStatus,
                         @QueryParam("reportStatus") @Parameter(description = "DRAFT, SUBMITTED, RETURNED, REVIEWED, FILED or NONE")
                         String reportStatus,
                         @QueryParam("department") @Parameter(description = "part of a department's code or name",
                                 schema = @Schema(maxLength = 64)) String department,
                         @QueryParam("page") @DefaultValue("0") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) String page,
                         @QueryParam("size") @DefaultValue("50") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                                 maximum = "1000")) String size) {
        PageRequest request = PageRequest.of(QueryParams.integer(page, "page", 0, Integer.MAX_VALUE, 0),
                QueryParams.integer(size, "size", 1, 1000, 50));
        CityBoard city = board.board(year(year));
        List<BoardRow> rows = city.filter(filter(late, grade, evaluationStatus, reportStatus, department));
        int from = (int) Math.min((long) request.page() * request.size(), rows.size());
        int to = Math.min(from + request.size(), rows.size());
        return new BoardPage(city.year(), city.summary(), Page.of(rows.subList(from, to), rows.size(), request));
    }

    @GET
    @Path("{year}.csv")
    @RolesAllowed({Roles.FINANCE, Roles.AUDITOR})
    @Produces("text/csv")
    @Operation(summary = "The board as CSV (UTF-8 with BOM, so Excel reads the Chinese headers), every row that passes the filters")
    @APIResponse(responseCode = "200", description = "CSV")
    public Response boardCsv(@PathParam("year") String year, @QueryParam("late") String late, @QueryParam("grade") String grade,
                        @QueryParam("evaluationStatus") String evaluationStatus, @QueryParam("reportStatus") String reportStatus,
                        @QueryParam("department") String department) {
        CityBoard city = board.board(year(year));
        List<String> checkpoints = city.checkpoints();
        StringBuilder csv = new StringBuilder("\uFEFF").append(csvLine(new ArrayList<>(CityBoard.exportHeaders(checkpoints))));
        for (BoardRow row : city.filter(filter(late, grade, evaluationStatus, reportStatus, department))) {
            csv.append(csvLine(CityBoard.exportValues(row, checkpoints)));
        }
        return Response.ok(csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"board-" + city.year() + ".csv\"").build();
    }

    @GET
    @Path("{year}.xlsx")
    @RolesAllowed({Roles.FINANCE, Roles.AUDITOR})
    @Produces(XLSX)
    @Operation(summary = "The board as an XLSX workbook (sheet 绩效管理进度), every row that passes the filters")
    @APIResponse(responseCode = "200", description = "XLSX")
    public Response boardXlsx(@PathParam("year") String year, @QueryParam("late") String late, @QueryParam("grade") String grade,
                         @QueryParam("evaluationStatus") String evaluationStatus, @QueryParam("reportStatus") String reportStatus,
                         @QueryParam("department") String department) {
        CityBoard city = board.board(year(year));
        List<String> checkpoints = city.checkpoints();
        List<XlsxColumn> columns = new ArrayList<>();
        for (String header : CityBoard.exportHeaders(checkpoints)) {
            columns.add(XlsxColumn.optional("c" + columns.size(), header, header.equals("自评得分") ? XlsxType.DECIMAL : XlsxType.TEXT,
                    header.equals("部门名称") || header.equals("逾期事项") ? 30 : 14));
        }
        List<List<Object>> rows = city.filter(filter(late, grade, evaluationStatus, reportStatus, department)).stream()
                .map(r -> CityBoard.exportValues(r, checkpoints).stream().map(v -> "".equals(v) ? null : v).toList()).toList();
        return Response.ok(new XlsxTemplate("绩效管理进度", columns).toBytes(rows), XLSX)
                .header("Content-Disposition", "attachment; filename=\"board-" + city.year() + ".xlsx\"").build();
    }

    private static CityBoard.Filter filter(String late, String grade, String evaluationStatus, String reportStatus, String department) {
        Boolean onlyLate = late == null || late.isBlank() ? null : switch (late.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw org.jixiao.platform.problem.ProblemException.invalidField("late", "must be true or false");
        };
        if (grade != null && !grade.isBlank() && !CityBoard.GRADES.contains(grade.strip())) {
            throw org.jixiao.platform.problem.ProblemException.invalidField("grade", "must be one of " + CityBoard.GRADES);
        }
        return new CityBoard.Filter(onlyLate, blank(grade), status(evaluationStatus, "evaluationStatus"),
                status(reportStatus, "reportStatus"), blank(QueryParams.text(department, "department", 64)));
    }

    private static String status(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (CityBoard.Filter.NONE.equals(value.strip())) {
            return CityBoard.Filter.NONE;
        }
        return QueryParams.enumOf(ReviewStatus.class, value, field, null).name();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static int year(String year) {
        return QueryParams.integer(year, "year", 2000, 2100, null);
    }

    private static String csvLine(List<Object> values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i) == null ? "" : values.get(i).toString();
            line.append(i == 0 ? "" : ",").append(v.contains(",") || v.contains("\"") || v.contains("\n")
                    ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
        }
        return line.append("\r\n").toString();
    }
}
