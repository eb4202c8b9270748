package org.jixiao.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;
import org.jixiao.report.config.ReportConfig;
import org.jixiao.report.domain.DocumentAssembler;
import org.jixiao.report.domain.ReportDocument;
import org.jixiao.report.repository.RenderedDocumentRepository;
import org.jixiao.report.repository.ReportVersion;
import org.jixiao.report.domain.tables.TableGrid;
import org.jixiao.report.domain.tables.Tables;
import org.jixiao.report.service.render.DocxRenderer;
import org.jixiao.report.service.render.DocxTableRenderer;
import org.jixiao.report.service.render.HtmlTableRenderer;
import org.jixiao.report.service.render.HtmlRenderer;
import org.jixiao.report.service.render.MarkdownRenderer;
import org.jixiao.report.service.render.PdfRenderer;
import org.jixiao.report.service.render.XlsxTableRenderer;

/** Which format a version is asked for, its assembled document, and the renderer for each format. */
@ApplicationScoped
public class RenderService {
    @Inject
    ReportConfig config;
    @Inject
    RenderedDocumentRepository rendered;

    /**
     * A version rendered: the body (text or bytes) and its media type, with the ETag and, for the formats saved as
     * files, the Content-Disposition (else null).
     */
    public record Rendering(Object body, String mediaType, String etag, String contentDisposition) {
    }

    /** {@code ?format=} when given (400 when unknown), else the first acceptable media type we produce (406 for none). */
    public RenderFormat format(String name, List<MediaType> acceptable) {
        if (name != null && !name.isBlank()) {
            return RenderFormat.byName(name).orElseThrow(() -> ProblemException.invalid("unknown format '"
                    + (name.length() > 40 ? name.substring(0, 40) + "…" : name) + "'",
                    List.of(new FieldError("format", "one of json, html, markdown (md), docx, pdf"))));
        }
        return RenderFormat.negotiate(acceptable)
                .orElseThrow(() -> new ProblemException(406, "Not Acceptable", "formats: json, html, markdown, docx, pdf",
                        List.of(new FieldError("Accept", "one of application/json, text/html, text/markdown, application/pdf, "
                                + RenderFormat.DOCX_TYPE + ", or ?format="))));
    }

    /** The document in the model report's outline, which every format shows. */
    public ReportDocument document(StoredVersion s) {
        return new DocumentAssembler(config.ruleSettings()).assemble(s.data(), s.narrative(), s.version().title);
    }

    /** The version as HTML, Markdown, DOCX or PDF; JSON is the version itself. */
    public Rendering render(StoredVersion s, RenderFormat f) {
        ReportDocument doc = document(s);
        ReportVersion v = s.version();
        Object body = switch (f) {
            case HTML -> HtmlRenderer.render(doc, footer(v));
            case MARKDOWN -> MarkdownRenderer.render(doc);
            case DOCX -> DocxRenderer.render(doc, footer(v));
            case PDF -> storedPdf(v).orElseGet(() -> PdfRenderer.render(doc, footer(v)));
            case JSON -> throw new IllegalArgumentException("JSON is the version itself, not a rendering");
        };
        String disposition = f.extension == null ? null : (f == RenderFormat.PDF ? "inline" : "attachment")
                + "; filename=\"report-" + v.reportId + "-v" + v.version + "." + f.extension + "\"";
        return new Rendering(body, f.mediaType, "\"" + v.contentHash + "\"", disposition);
    }

    /** A published version's PDF as RENDER_PUBLISHED stored it (published versions never change), else empty. */
    private Optional<byte[]> storedPdf(ReportVersion v) {
        return ReportVersion.PUBLISHED.equals(v.status) && v.id != null
                ? rendered.find(v.id, "pdf").map(RenderedDocumentRepository.RenderedDocument::content) : Optional.empty();
    }

    /** {@code ?format=} when given (400 when unknown), else the first acceptable table format (406 for none). */
    public TableFormat tableFormat(String name, List<MediaType> acceptable) {
        if (name != null && !name.isBlank()) {
            return TableFormat.byName(name).orElseThrow(() -> ProblemException.invalid("unknown table format '"
                    + (name.length() > 40 ? name.substring(0, 40) + "…" : name) + "'",
                    List.of(new FieldError("format", "one of xlsx, docx, pdf"))));
        }
        return TableFormat.negotiate(acceptable)
                .orElseThrow(() -> new ProblemException(406, "Not Acceptable", "table formats: xlsx, docx, pdf",
                        List.of(new FieldError("Accept", "one of " + TableFormat.XLSX.mediaType + ", " + RenderFormat.DOCX_TYPE
                                + ", application/pdf, or ?format="))));
    }

    /** The version's tables (the department's, then one per project), from its snapshot. */
    public List<TableGrid> tables(StoredVersion s) {
        return Tables.of(s.data());
    }

    /** One table of the version in a format; 404 naming {@code table} when the version has no such table. */
    public Rendering renderTable(StoredVersion s, String key, TableFormat f) {
        TableGrid grid = Tables.byKey(s.data(), key).orElseThrow(() -> new ProblemException(404, "Not Found",
                "version " + s.version().version + " of report " + s.version().reportId + " has no table '"
                        + (key.length() > 40 ? key.substring(0, 40) + "…" : key) + "'",
                List.of(new FieldError("table", "department, or project-{projectKey} of a scored project self-evaluation"))));
        ReportVersion v = s.version();
        Object body = switch (f) {
            case XLSX -> XlsxTableRenderer.render(grid);
            case DOCX -> DocxTableRenderer.render(grid, footer(v));
            case PDF -> PdfRenderer.render(HtmlTableRenderer.page(grid, footer(v)));
        };
        String disposition = (f == TableFormat.PDF ? "inline" : "attachment") + "; filename=\"report-" + v.reportId + "-v" + v.version
                + "-table-" + grid.key() + "." + f.name + "\"";
        return new Rendering(body, f.mediaType, "\"" + v.contentHash + "-" + grid.key() + "-" + f.name + "\"", disposition);
    }

    /** The line under every rendering: version, data as of, fetch time, content hash. */
    private static String footer(ReportVersion v) {
        return "版本 " + v.version + " · 数据截至 " + v.asOf + " · 取数时间 " + v.fetchedAt + " · 内容哈希 sha256:" + v.contentHash;
    }
}
