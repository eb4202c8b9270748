package org.jixiao.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jixiao.platform.paging.Page;
import org.jixiao.platform.paging.PageRequest;
import org.jixiao.platform.security.Caller;

/**
 * The service's append-only audit trail (table audit_event, which the database refuses to update or delete).
 * A write records itself in its own transaction, so there is no write without its record and no record of a
 * write that was rolled back; a refused attempt is recorded in a transaction of its own.
 */
@ApplicationScoped
public class AuditTrail {
    /** Before/after summaries are for people: a few hundred characters, not a copy of the data. */
    static final int MAX_SUMMARY = 1000;

    private final AgroalDataSource dataSource;
    private final Instance<Caller> caller;
    private final Instance<HttpServerRequest> request;
    private final ObjectMapper mapper;

    AuditTrail(AgroalDataSource dataSource, Instance<Caller> caller, Instance<HttpServerRequest> request, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.caller = caller;
        this.request = request;
        this.mapper = mapper;
    }

    /**
     * Records a write done by the current caller, in the caller's transaction.
     *
     * @param before what the entity was (null for a creation), summarised as JSON
     * @param after  what it is now
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entity, String entityId, Object before, Object after) {
        insert(actor(), AuditRecord.Outcome.DONE, action, entity, entityId, summary(before), summary(after));
    }

    /**
     * Records a refused attempt (403), in a transaction of its own: the request's own work was rolled back.
     *
     * @param actor taken by {@link #actor()} while the request was current (a refusal may be mapped on the I/O
     *              thread, and recorded on a worker)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(Actor actor, String entity, String entityId, String reason) {
        insert(actor, AuditRecord.Outcome.REFUSED, "refused", entity, entityId, null, clip(reason));
    }

    /** Who is acting and through which HTTP operation. */
    public record Actor(String subject, Set<String> roles, Set<String> departments, String operation) {
        static final Actor SYSTEM = new Actor("system", Set.of(), Set.of(), null);
    }

    /** The current request's caller, or "system" outside a request (a scheduled job). */
    public Actor actor() {
        ManagedContext context = Arc.container() == null ? null : Arc.container().requestContext();
        if (context == null || !context.isActive() || !caller.isResolvable()) {
            return Actor.SYSTEM;
        }
        Caller who = caller.get();
        String operation = request.isResolvable() ? request.get().method().name() + " " + clip(request.get().path()) : null;
        return new Actor(who.subject(), who.roles(), who.departments(), operation);
    }

    public record Filter(String subject, String entity, String entityId, AuditRecord.Outcome outcome, Instant from,
                         Instant to) {
    }

    /** A page of the trail, newest first. */
    public Page<AuditRecord> find(Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> args = new ArrayList<>();
        condition(where, args, " AND subject = ?", filter.subject());
        condition(where, args, " AND entity = ?", filter.entity());
        condition(where, args, " AND entity_id = ?", filter.entityId());
        condition(where, args, " AND outcome = ?", filter.outcome() == null ? null : filter.outcome().name());
        condition(where, args, " AND at >= ?", filter.from() == null ? null : Timestamp.from(filter.from()));
        condition(where, args, " AND at < ?", filter.to() == null ? null : Timestamp.from(filter.to()));
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = prepare(c, "SELECT count(*) FROM audit_event" + where, args);
                 ResultSet rs = count.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
            List<Object> pageArgs = new ArrayList<>(args);
            pageArgs.add(page.size());
            pageArgs.add(page.offset());
            List<AuditRecord> items = new ArrayList<>();
            try (PreparedStatement select = prepare(c, "SELECT id, at, subject, roles, departments, outcome, action, entity,"
                    + " entity_id, operation, before_summary, after_summary FROM audit_event" + where
                    + " ORDER BY id DESC LIMIT ? OFFSET ?", pageArgs);
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    items.add(new AuditRecord(rs.getLong(1), rs.getTimestamp(2).toInstant().atOffset(ZoneOffset.UTC),
                            rs.getString(3), texts(rs.getArray(4)), texts(rs.getArray(5)),
                            AuditRecord.Outcome.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)));
                }
            }
            return Page.of(items, total, page);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the audit trail failed", e);
        }
    }

    private void insert(Actor who, AuditRecord.Outcome outcome, String action, String entity, String entityId,
                        String before, String after) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO audit_event (subject, roles, departments, outcome,"
                     + " action, entity, entity_id, operation, before_summary, after_summary) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            insert.setString(1, who.subject());
            insert.setArray(2, c.createArrayOf("text", who.roles().toArray(String[]::new)));
            insert.setArray(3, c.createArrayOf("text", who.departments().toArray(String[]::new)));
            insert.setString(4, outcome.name());
            insert.setString(5, action);
            insert.setString(6, entity);
            insert.setString(7, entityId == null ? null : clip(entityId));
            insert.setString(8, who.operation());
            insert.setString(9, before);
            insert.setString(10, after);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("writing the audit trail failed", e);
        }
    }

    private String summary(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof CharSequence text) {
            return clip(text.toString());
        }
        try {
            return clip(mapper.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            return clip(String.valueOf(value));
        }
    }

    static String clip(String text) {
        return text == null || text.length() <= MAX_SUMMARY ? text : text.substring(0, MAX_SUMMARY - 1) + "…";
    }

    private static void condition(StringBuilder where, List<Object> args, String sql, Object value) {
        if (value != null) {
            where.append(sql);
            args.add(value);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> args) throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql);
        for (int i = 0; i < args.size(); i++) {
            statement.setObject(i + 1, args.get(i));
        }
        return statement;
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
