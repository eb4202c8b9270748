package org.jixiao.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;
import org.jixiao.report.config.ReportConfig;
import org.jixiao.report.domain.DocumentAssembler;
import org.jixiao.report.domain.ReportDocument;
import org.jixiao.report.repository.ReportVersion;
import org.jixiao.report.service.render.DocxRenderer;
import org.jixiao.report.service.render.HtmlRenderer;
import org.jixiao.report.service.render.MarkdownRenderer;
import org.jixiao.report.service.render.PdfRenderer;

/** Which format a version is asked for, its assembled document, and the renderer for each format. */
@ApplicationScoped
public class RenderService {
    @Inject
    ReportConfig config;

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
            case PDF -> PdfRenderer.render(HtmlRenderer.render(doc, footer(v)));
            case JSON -> throw new IllegalArgumentException("JSON is the version itself, not a rendering");
        };
        String disposition = f.extension == null ? null : (f == RenderFormat.PDF ? "inline" : "attachment")
                + "; filename=\"report-" + v.reportId + "-v" + v.version + "." + f.extension + "\"";
        return new Rendering(body, f.mediaType, "\"" + v.contentHash + "\"", disposition);
    }

    /** The line under every rendering: version, data as of, fetch time, content hash. */
    private static String footer(ReportVersion v) {
        return "版本 " + v.version + " · 数据截至 " + v.asOf + " · 取数时间 " + v.fetchedAt + " · 内容哈希 sha256:" + v.contentHash;
    }
}
