package org.jixiao.report.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Table rendered_document: a published version's document as rendered once (bytes in the database, by version and format). */
@ApplicationScoped
public class RenderedDocumentRepository {
    private final AgroalDataSource dataSource;

    RenderedDocumentRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A stored document: its bytes, their sha256 (hex) and when it was rendered. */
    public record RenderedDocument(long versionId, String format, byte[] content, String sha256, Instant renderedAt) {
    }

    public Optional<RenderedDocument> find(long versionId, String format) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT content, sha256, rendered_at FROM rendered_document WHERE version_id = ? AND format = ?")) {
            select.setLong(1, versionId);
            select.setString(2, format);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(new RenderedDocument(versionId, format, rs.getBytes(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant())) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading a rendered document failed", e);
        }
    }

    /** Stores (or replaces) the document of a version in a format. */
    public RenderedDocument upsert(long versionId, String format, byte[] content, String sha256) {
        try (Connection c = dataSource.getConnection(); PreparedStatement upsert = c.prepareStatement(
                "INSERT INTO rendered_document (version_id, format, content, sha256) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (version_id, format) DO UPDATE SET content = EXCLUDED.content, sha256 = EXCLUDED.sha256,"
                        + " rendered_at = now() RETURNING rendered_at")) {
            upsert.setLong(1, versionId);
            upsert.setString(2, format);
            upsert.setBytes(3, content);
            upsert.setString(4, sha256);
            try (ResultSet rs = upsert.executeQuery()) {
                rs.next();
                return new RenderedDocument(versionId, format, content, sha256, rs.getTimestamp(1).toInstant());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("storing a rendered document failed", e);
        }
    }
}
