package org.jixiao.budget.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.budget.domain.ExpenditureRow;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The bulk path for payments: one lookup for vouchers already stored, COPY for the new rows,
 * and one set-based upsert per aggregate table. Callers hold a transaction.
 */
@ApplicationScoped
public class ExpenditureStore {

    /** A stored payment as listed by the API. */
    public record Listed(String voucherNo, String lineCode, LocalDate paidOn, BigDecimal amount, String description) {
    }

    private static final String PAYMENTS = """
            SELECT e.voucher_no, l.line_code, e.paid_on, e.amount, e.description
            FROM expenditure e JOIN budget_line l ON l.id = e.line_id
            WHERE e.department_id = ? AND e.fiscal_year = ?""";

    private final AgroalDataSource dataSource;

    public ExpenditureStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Serialises batches of one department-year until the transaction ends. */
    public void lock(long departmentId, int year) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
            ps.setInt(1, (int) departmentId);
            ps.setInt(2, year);
            ps.execute();
        }
    }

    /** The stored payments among these voucher numbers, to tell replays from conflicting reuses. */
    public Map<String, ExpenditureRow> existing(long departmentId, int year, List<String> voucherNos) throws SQLException {
        Map<String, ExpenditureRow> found = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(PAYMENTS + " AND e.voucher_no = ANY (?)")) {
            ps.setLong(1, departmentId);
            ps.setInt(2, year);
            Array array = c.createArrayOf("varchar", voucherNos.toArray());
            ps.setArray(3, array);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ExpenditureRow row = new ExpenditureRow(rs.getString(1), rs.getString(2),
                            rs.getObject(3, LocalDate.class), rs.getBigDecimal(4), rs.getString(5));
                    found.put(row.voucherNo(), row);
                }
            }
        }
        return found;
    }

    /**
     * Stores payments that are all new with one COPY and adds them to the aggregates. Returns false, with
     * nothing stored, when a voucher number is already there (the caller then sorts replays from conflicts):
     * fresh data, the usual case, costs a single pass.
     */
    public boolean insertIfAllNew(long departmentId, int year, List<ExpenditureRow> rows, Map<String, Long> lineIds)
            throws SQLException {
        // savepoints by SQL: the pool refuses JDBC rollback calls on a connection enlisted in a transaction
        try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement()) {
            sql.execute("SAVEPOINT bulk_copy");
            try {
                copy(c, departmentId, year, rows, lineIds);
            } catch (SQLException e) {
                if (!"23505".equals(e.getSQLState())) {
                    throw e;
                }
                sql.execute("ROLLBACK TO SAVEPOINT bulk_copy");
                return false;
            }
            sql.execute("RELEASE SAVEPOINT bulk_copy");
            aggregate(c, rows, lineIds);
            return true;
        }
    }

    /** Stores payments known to be new with COPY and adds them to the monthly aggregate. */
    public void insert(long departmentId, int year, List<ExpenditureRow> rows, Map<String, Long> lineIds)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            copy(c, departmentId, year, rows, lineIds);
            aggregate(c, rows, lineIds);
        }
    }

    private static void copy(Connection c, long departmentId, int year, List<ExpenditureRow> rows,
                             Map<String, Long> lineIds) throws SQLException {
        CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(PaymentCopy.SQL);
        try {
            PaymentCopy.write(copy, departmentId, year, rows, lineIds);
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy(); // leaves the connection usable for the rollback
            }
        }
    }

    private static void aggregate(Connection c, List<ExpenditureRow> rows, Map<String, Long> lineIds) throws SQLException {
        Map<Long, Map<Integer, Aggregate>> monthly = new HashMap<>();
        for (ExpenditureRow row : rows) {
            monthly.computeIfAbsent(lineIds.get(row.lineCode()), k -> new HashMap<>())
                    .computeIfAbsent(row.paidOn().getMonthValue(), k -> new Aggregate()).add(row.amount());
        }
        upsertMonthly(c, monthly);
    }

    private static void upsertMonthly(Connection c, Map<Long, Map<Integer, Aggregate>> monthly) throws SQLException {
        List<Long> lines = new ArrayList<>();
        List<Integer> months = new ArrayList<>();
        List<BigDecimal> spent = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        monthly.forEach((line, byMonth) -> byMonth.forEach((month, agg) -> {
            lines.add(line);
            months.add(month);
            spent.add(agg.sum);
            counts.add(agg.count);
        }));
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO line_monthly_spending (line_id, month, spent, payments)
                SELECT * FROM unnest(?::bigint[], ?::smallint[], ?::numeric[], ?::int[])
                ON CONFLICT (line_id, month) DO UPDATE
                SET spent = line_monthly_spending.spent + EXCLUDED.spent,
                    payments = line_monthly_spending.payments + EXCLUDED.payments""")) {
            ps.setArray(1, c.createArrayOf("bigint", lines.toArray()));
            ps.setArray(2, c.createArrayOf("int4", months.toArray()));
            ps.setArray(3, c.createArrayOf("numeric", spent.toArray()));
            ps.setArray(4, c.createArrayOf("int4", counts.toArray()));
            ps.executeUpdate();
        }
    }

    /** A page of stored payments, in voucher order, optionally for one line and a date range. */
    public List<Listed> list(long departmentId, int year, Long lineId, LocalDate from, LocalDate to, int offset, int limit) {
        StringBuilder sql = new StringBuilder(PAYMENTS);
        appendFilters(sql, lineId, from, to);
        sql.append(" ORDER BY e.voucher_no LIMIT ? OFFSET ?");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = bindFilters(ps, departmentId, year, lineId, from, to);
            ps.setInt(i++, limit);
            ps.setInt(i, offset);
            List<Listed> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Listed(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                            rs.getBigDecimal(4), rs.getString(5)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every payment of the department-year in voucher order, read with a cursor (an export of 100,000 rows). */
    public List<Listed> all(long departmentId, int year) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(PAYMENTS + " ORDER BY e.voucher_no")) {
            ps.setFetchSize(5_000); // a cursor inside the caller's transaction, not one result set of every row at once
            ps.setLong(1, departmentId);
            ps.setInt(2, year);
            List<Listed> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Listed(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                            rs.getBigDecimal(4), rs.getString(5)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long count(long departmentId, int year, Long lineId, LocalDate from, LocalDate to) {
        StringBuilder sql = new StringBuilder("SELECT count(*) FROM expenditure e WHERE e.department_id = ? AND e.fiscal_year = ?");
        appendFilters(sql, lineId, from, to);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            bindFilters(ps, departmentId, year, lineId, from, to);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void appendFilters(StringBuilder sql, Long lineId, LocalDate from, LocalDate to) {
        if (lineId != null) {
            sql.append(" AND e.line_id = ?");
        }
        if (from != null) {
            sql.append(" AND e.paid_on >= ?");
        }
        if (to != null) {
            sql.append(" AND e.paid_on <= ?");
        }
    }

    private static int bindFilters(PreparedStatement ps, long departmentId, int year, Long lineId, LocalDate from,
                                   LocalDate to) throws SQLException {
        int i = 1;
        ps.setLong(i++, departmentId);
        ps.setInt(i++, year);
        if (lineId != null) {
            ps.setLong(i++, lineId);
        }
        if (from != null) {
            ps.setDate(i++, Date.valueOf(from));
        }
        if (to != null) {
            ps.setDate(i++, Date.valueOf(to));
        }
        return i;
    }

    private static final class Aggregate {
        BigDecimal sum = BigDecimal.ZERO;
        int count;

        void add(BigDecimal amount) {
            sum = sum.add(amount);
            count++;
        }
    }
}
