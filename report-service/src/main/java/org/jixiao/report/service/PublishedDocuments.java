package org.jixiao.report.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.jixiao.platform.audit.AuditTrail;
import org.jixiao.platform.problem.ProblemException;
import org.jixiao.report.repository.RenderedDocumentRepository;
import org.jixiao.report.repository.RenderedDocumentRepository.RenderedDocument;
import org.jixiao.report.repository.ReportVersion;

/**
 * A published version's PDF rendered once and stored (RENDER_PUBLISHED, docs/jobs.md); GET of that version as PDF then
 * serves the stored bytes. Only published versions: they never change, so neither may their document.
 */
@ApplicationScoped
public class PublishedDocuments {
    static final String PDF = "pdf";

    private final ReportService reports;
    private final RenderService renders;
    private final RenderedDocumentRepository documents;
    private final AuditTrail audit;

    PublishedDocuments(ReportService reports, RenderService renders, RenderedDocumentRepository documents, AuditTrail audit) {
        this.reports = reports;
        this.renders = renders;
        this.documents = documents;
        this.audit = audit;
    }

    /** The stored PDF of a published version, rendered and stored first when there is none (idempotent). */
    public RenderedDocument renderPdf(long reportId, int v) {
        StoredVersion stored = reports.load(reportId, v);
        ReportVersion version = stored.version();
        if (!ReportVersion.PUBLISHED.equals(version.status)) {
            throw ProblemException.conflict("version " + v + " of report " + reportId + " is " + version.status
                    + ": only a published version's document is stored");
        }
        return documents.find(version.id, PDF).orElseGet(() -> {
            byte[] pdf = (byte[]) renders.render(stored, RenderFormat.PDF).body();
            return QuarkusTransaction.requiringNew().call(() -> {
                RenderedDocument saved = documents.upsert(version.id, PDF, pdf, sha256(pdf));
                audit.record("render", "report-version", reportId + "/" + v, null,
                        Map.of("format", PDF, "bytes", pdf.length, "sha256", saved.sha256()));
                return saved;
            });
        });
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
