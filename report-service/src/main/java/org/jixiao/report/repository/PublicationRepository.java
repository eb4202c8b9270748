package org.jixiao.report.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What the public index (公开) reads: each report's newest PUBLISHED version, and from its row only the few snapshot
 * members the index prints, extracted by PostgreSQL (nothing is assembled or rendered).
 */
@ApplicationScoped
public class PublicationRepository {
    /** Each report's newest published version; the filters are appended as AND clauses. */
    private static final String LATEST = """
            WITH latest AS (
                SELECT DISTINCT ON (v.report_id) v.id, v.report_id, v.published_at
                FROM report_version v
                WHERE v.status = 'PUBLISHED'
                ORDER BY v.report_id, v.version DESC)
            """;

    /**
     * One project table of a version: the key of {@code project-{projectKey}}, the project's name and the year its
     * evaluation names (null: the report's).
     */
    public record ProjectRef(String projectKey, String projectName, Integer year) {
    }

    /**
     * A published version as the index lists it. {@code departmentName} as the report prints it (department record,
     * else the execution answer, else the code); {@code hasEvaluation}: the department table exists.
     */
    public record PublishedRow(long reportId, int version, String title, String department, String departmentName, int year,
            BigDecimal score, String grade, Instant publishedAt, boolean hasEvaluation, List<ProjectRef> projects) {
    }

    public record Slice(List<PublishedRow> items, long total) {
    }

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ObjectMapper mapper;

    /** A page of the index, newest publication first (then the higher report id). */
    public Slice published(String department, Integer year, int offset, int size) {
        String where = (department == null ? "" : " AND r.department = ?") + (year == null ? "" : " AND r.year = ?");
        // the page is chosen first (LIMIT in a subquery of its own), so only its rows' snapshots are parsed, and each
        // once (OFFSET 0 keeps the planner from copying the cast into every expression that reads it)
        String page = LATEST + """
                , page AS (
                    SELECT l.id, l.report_id, l.published_at, r.department, r.year
                    FROM latest l JOIN report r ON r.id = l.report_id
                    WHERE TRUE""" + where + """

                    ORDER BY l.published_at DESC, l.report_id DESC
                    LIMIT ? OFFSET ?)
                SELECT p.report_id, v.version, v.title, p.department, p.year, p.published_at,
                       COALESCE(s.doc -> 'departmentInfo' ->> 'name', s.doc -> 'executionMunicipal' ->> 'departmentName', p.department),
                       s.doc -> 'evaluation' ->> 'total',
                       s.doc -> 'evaluation' ->> 'grade',
                       jsonb_typeof(s.doc -> 'evaluation') = 'object',
                       (SELECT COALESCE(jsonb_agg(jsonb_build_object('projectKey', e.item -> 'targets' ->> 'projectKey',
                                   'projectName', e.item -> 'targets' ->> 'projectName', 'year', e.item -> 'year') ORDER BY e.n), '[]'::jsonb)
                        FROM jsonb_array_elements(CASE WHEN jsonb_typeof(s.doc -> 'projectEvaluations') = 'array'
                                 THEN s.doc -> 'projectEvaluations' ELSE '[]'::jsonb END) WITH ORDINALITY AS e(item, n)
                        WHERE e.item -> 'targets' ->> 'projectKey' IS NOT NULL)::text
                FROM page p
                JOIN report_version v ON v.id = p.id
                CROSS JOIN LATERAL (SELECT v.snapshot::jsonb AS doc OFFSET 0) s
                ORDER BY p.published_at DESC, p.report_id DESC""";
        String count = LATEST + "SELECT count(*) FROM latest l JOIN report r ON r.id = l.report_id WHERE TRUE" + where;
        try (Connection c = dataSource.getConnection()) {
            List<PublishedRow> items = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(page)) {
                int next = bind(s, department, year);
                s.setInt(next, size);
                s.setInt(next + 1, offset);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        items.add(row(rs));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(count)) {
                bind(s, department, year);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return new Slice(items, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the public index", e);
        }
    }

    private static int bind(PreparedStatement s, String department, Integer year) throws SQLException {
        int i = 1;
        if (department != null) {
            s.setString(i++, department);
        }
        if (year != null) {
            s.setInt(i++, year);
        }
        return i;
    }

    private PublishedRow row(ResultSet rs) throws SQLException {
        String total = rs.getString(8);
        return new PublishedRow(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(7), rs.getInt(5),
                total == null ? null : new BigDecimal(total), rs.getString(9), rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getBoolean(10),
                projects(rs.getString(11)));
    }

    private List<ProjectRef> projects(String json) {
        try {
            List<ProjectRef> out = new ArrayList<>();
            for (JsonNode p : mapper.readTree(json)) {
                out.add(new ProjectRef(p.path("projectKey").asText(), p.path("projectName").isTextual() ? p.get("projectName").asText() : null,
                        p.path("year").isIntegralNumber() ? p.get("year").asInt() : null));
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable project list of a published version", e);
        }
    }
}
