package org.jixiao.platform.jobs;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.platform.paging.Page;
import org.jixiao.platform.paging.PageRequest;

/**
 * Tables job and job_item (created by each service's own Flyway migration), in plain JDBC on the service's
 * datasource. Statements join the caller's transaction when there is one (creating and resuming a job) and commit
 * one by one otherwise (the workers), so a claimed item is visible as RUNNING at once.
 */
@ApplicationScoped
@IfBuildProperty(name = "jixiao.jobs.enabled", stringValue = "true")
public class JobStore {
    /** The most failures a job view lists (the counts are always complete). */
    static final int MAX_FAILURES_SHOWN = 1000;
    private static final TypeReference<Map<String, Object>> PARAMS = new TypeReference<>() {
    };

    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;

    JobStore(AgroalDataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.mapper = mapper;
    }

    /** A job row. */
    public record JobRow(long id, String type, String params, JobStatus status, String startedBy, OffsetDateTime createdAt,
                         OffsetDateTime startedAt, OffsetDateTime finishedAt) {
    }

    /**
     * Creates the job unless one of the same type and parameters is unfinished (the partial unique index decides,
     * so two requests at once cannot both create one).
     *
     * @return the new job's id, or empty when an unfinished one exists
     */
    public Optional<Long> create(String type, JobParams params, String startedBy) {
        return query("INSERT INTO job (type, params, params_key, status, started_by) VALUES (?, ?::jsonb, ?, 'QUEUED', ?)"
                + " ON CONFLICT (type, params_key) WHERE status <> 'DONE' DO NOTHING RETURNING id", rs -> rs.getLong(1),
                type, params.key(), params.key(), startedBy).stream().findFirst();
    }

    /** The unfinished job of that type and parameters, its row locked until the transaction ends. */
    public Optional<JobRow> lockUnfinished(String type, JobParams params) {
        return query(SELECT_JOB + " WHERE type = ? AND params_key = ? AND status <> 'DONE' FOR UPDATE", this::job,
                type, params.key()).stream().findFirst();
    }

    /** Adds the planned items; keys already planned keep their state. */
    public void addItems(long jobId, List<JobItem> items) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO job_item (job_id, item_key, position, label, method,"
                     + " path) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (job_id, item_key) DO NOTHING")) {
            int position = 0;
            for (JobItem item : items) {
                insert.setLong(1, jobId);
                insert.setString(2, item.key());
                insert.setInt(3, position++);
                insert.setString(4, item.label());
                insert.setString(5, item.method());
                insert.setString(6, item.path());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("storing the items of job " + jobId + " failed", e);
        }
    }

    /** A resumed job runs again what is not DONE: failed and interrupted items become PENDING. */
    public void resetUnfinishedItems(long jobId) {
        update("UPDATE job_item SET status = 'PENDING' WHERE job_id = ? AND status IN ('RUNNING', 'FAILED')", jobId);
    }

    public void setStatus(long jobId, JobStatus status) {
        update("UPDATE job SET status = ?, finished_at = NULL WHERE id = ?", status.name(), jobId);
    }

    public void markRunning(long jobId) {
        update("UPDATE job SET status = 'RUNNING', started_at = coalesce(started_at, now()) WHERE id = ?", jobId);
    }

    /** An item claimed by a worker. */
    public record Claimed(long jobId, JobItem item) {
    }

    /** Claims the next PENDING item (RUNNING, attempts + 1); workers never wait for each other's rows. */
    public Optional<Claimed> claim(long jobId) {
        return query("UPDATE job_item SET status = 'RUNNING', attempts = attempts + 1 WHERE job_id = ? AND item_key = ("
                + " SELECT item_key FROM job_item WHERE job_id = ? AND status = 'PENDING' ORDER BY position, item_key"
                + " LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING item_key, label, method, path",
                rs -> new Claimed(jobId, new JobItem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))),
                jobId, jobId).stream().findFirst();
    }

    /** Records an item's outcome. */
    public void complete(long jobId, String itemKey, ItemOutcome outcome) {
        update("UPDATE job_item SET status = ?, http_status = ?, reason = ?, finished_at = now() WHERE job_id = ? AND item_key = ?",
                outcome.status().name(), outcome.httpStatus(), outcome.reason(), jobId, itemKey);
    }

    /** Gives a claimed item back (the job stops before it ran to an answer): it runs again on resume. */
    public void release(long jobId, String itemKey) {
        update("UPDATE job_item SET status = 'PENDING' WHERE job_id = ? AND item_key = ? AND status = 'RUNNING'", jobId, itemKey);
    }

    /** DONE when no item is left to run; else false (the job stays as it is). */
    public boolean finishIfComplete(long jobId) {
        return update("UPDATE job SET status = 'DONE', finished_at = now() WHERE id = ? AND status <> 'DONE' AND NOT EXISTS"
                + " (SELECT 1 FROM job_item WHERE job_id = ? AND status IN ('PENDING', 'RUNNING'))", jobId, jobId) > 0;
    }

    /** INTERRUPTED, its RUNNING items PENDING again. */
    public void interrupt(long jobId) {
        update("UPDATE job_item SET status = 'PENDING' WHERE job_id = ? AND status = 'RUNNING'", jobId);
        update("UPDATE job SET status = 'INTERRUPTED' WHERE id = ? AND status <> 'DONE'", jobId);
    }

    /**
     * After a restart: every job left QUEUED or RUNNING (except those this instance runs) becomes INTERRUPTED, its
     * RUNNING items PENDING. Its token is gone with the old process; a new POST resumes it.
     *
     * @return the ids interrupted
     */
    public List<Long> interruptUnfinished(Collection<Long> runningHere) {
        Long[] excluded = runningHere.toArray(Long[]::new);
        List<Long> ids = query("UPDATE job SET status = 'INTERRUPTED' WHERE status IN ('QUEUED', 'RUNNING')"
                + " AND NOT (id = ANY (?)) RETURNING id", rs -> rs.getLong(1), (Object) excluded);
        for (long id : ids) {
            update("UPDATE job_item SET status = 'PENDING' WHERE job_id = ? AND status = 'RUNNING'", id);
        }
        return ids;
    }

    public Optional<JobRow> find(long jobId) {
        return query(SELECT_JOB + " WHERE id = ?", this::job, jobId).stream().findFirst();
    }

    /** Item counts by status, in one GROUP BY. */
    public JobProgress progress(long jobId) {
        Map<ItemStatus, Long> counts = new EnumMap<>(ItemStatus.class);
        query("SELECT status, count(*) FROM job_item WHERE job_id = ? GROUP BY status",
                rs -> counts.put(ItemStatus.valueOf(rs.getString(1)), rs.getLong(2)), jobId);
        return JobProgress.of(counts);
    }

    public List<JobView.Failure> failures(long jobId) {
        return query("SELECT item_key, label, http_status, reason FROM job_item WHERE job_id = ? AND status = 'FAILED'"
                + " ORDER BY position, item_key LIMIT " + MAX_FAILURES_SHOWN, rs -> new JobView.Failure(rs.getString(1),
                rs.getString(2), ItemStatus.FAILED, (Integer) rs.getObject(3), rs.getString(4)), jobId);
    }

    /** Newest first, optionally of one type and status. */
    public Page<JobRow> list(String type, JobStatus status, PageRequest page) {
        String where = " WHERE (CAST(? AS text) IS NULL OR type = ?) AND (CAST(? AS text) IS NULL OR status = ?)";
        String s = status == null ? null : status.name();
        long total = query("SELECT count(*) FROM job" + where, rs -> rs.getLong(1), type, type, s, s).get(0);
        List<JobRow> rows = query(SELECT_JOB + where + " ORDER BY id DESC LIMIT ? OFFSET ?", this::job, type, type, s, s,
                page.size(), page.offset());
        return Page.of(rows, total, page);
    }

    public Map<String, Object> params(JobRow row) {
        try {
            return mapper.readValue(row.params(), PARAMS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("job " + row.id() + " has unreadable parameters", e);
        }
    }

    // ------------------------------------------------------------------ JDBC

    private static final String SELECT_JOB = "SELECT id, type, params::text, status, started_by, created_at, started_at,"
            + " finished_at FROM job";

    private JobRow job(ResultSet rs) throws SQLException {
        return new JobRow(rs.getLong(1), rs.getString(2), rs.getString(3), JobStatus.valueOf(rs.getString(4)),
                rs.getString(5), time(rs.getTimestamp(6)), time(rs.getTimestamp(7)), time(rs.getTimestamp(8)));
    }

    private static OffsetDateTime time(Timestamp t) {
        return t == null ? null : t.toInstant().atOffset(ZoneOffset.UTC);
    }

    @FunctionalInterface
    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = prepare(c, sql, args);
             ResultSet rs = statement.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(row.map(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("job tables: " + e.getMessage(), e);
        }
    }

    private int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = prepare(c, sql, args)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("job tables: " + e.getMessage(), e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object[] args) throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Long[] ids) {
                statement.setArray(i + 1, c.createArrayOf("bigint", ids));
            } else {
                statement.setObject(i + 1, args[i]);
            }
        }
        return statement;
    }
}
