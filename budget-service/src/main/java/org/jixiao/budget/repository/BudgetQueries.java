package org.jixiao.budget.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.budget.domain.Category;
import org.jixiao.budget.domain.CityRanking;
import org.jixiao.budget.domain.FundingSource;
import org.jixiao.budget.domain.LineBudget;
import org.jixiao.budget.domain.Scope;

/** SQL for the hot reads: execution, ranking and warnings, served from the spending aggregates. */
@ApplicationScoped
public class BudgetQueries {

    private static final String SPENT_IN_WHOLE_MONTHS =
            "COALESCE((SELECT SUM(m.spent) FROM line_monthly_spending m WHERE m.line_id = l.id AND m.month < ?), 0)";

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    public BudgetQueries(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** Every line of a department-year with all its adjustments, ordered by line code: one statement. */
    public List<LineBudget> lines(long departmentId, int year) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT l.id, l.line_code, l.name, l.category, l.funding_source, l.initial_amount, l.project_key,
                       a.id, a.amount, a.effective_date, a.reason, a.document_no
                FROM budget_line l LEFT JOIN budget_adjustment a ON a.line_id = l.id
                WHERE l.department_id = ? AND l.fiscal_year = ? ORDER BY l.line_code, a.effective_date, a.id""")) {
            ps.setLong(1, departmentId);
            ps.setInt(2, year);
            List<LineBudget> lines = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                boolean more = rs.next();
                while (more) {
                    long id = rs.getLong(1);
                    String code = rs.getString(2);
                    String name = rs.getString(3);
                    Category category = Category.valueOf(rs.getString(4));
                    FundingSource source = FundingSource.valueOf(rs.getString(5));
                    BigDecimal initial = rs.getBigDecimal(6);
                    String projectKey = rs.getString(7);
                    List<LineBudget.Adjustment> adjustments = new ArrayList<>();
                    do {
                        rs.getLong(8);
                        if (!rs.wasNull()) {
                            adjustments.add(new LineBudget.Adjustment(rs.getBigDecimal(9), rs.getObject(10, LocalDate.class),
                                    rs.getString(11), rs.getString(12)));
                        }
                        more = rs.next();
                    } while (more && rs.getLong(1) == id);
                    lines.add(new LineBudget(id, code, name, category, source, initial, adjustments, projectKey));
                }
            }
            return lines;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Spending of every line of a department-year per month up to asOf: whole months from the monthly
     * aggregate, the month asOf falls in from the payments up to that day. Index 0 is January.
     */
    public Map<Long, BigDecimal[]> spendingByLineAndMonth(long departmentId, int year, LocalDate asOf) {
        SpendingWindow w = SpendingWindow.of(year, asOf);
        Map<Long, BigDecimal[]> spending = new HashMap<>();
        // two statements: the months' one prepared (its plan is reused), the days' with literals (see below); as one
        // UNION ALL with literals, planned on every request, the computed execution served about a fifth fewer requests
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT m.line_id, m.month, m.spent FROM line_monthly_spending m JOIN budget_line l ON l.id = m.line_id
                WHERE l.department_id = ? AND l.fiscal_year = ? AND m.month < ?""")) {
            ps.setLong(1, departmentId);
            ps.setInt(2, year);
            ps.setInt(3, w.monthsBefore());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    spending.computeIfAbsent(rs.getLong(1), k -> new BigDecimal[12])[rs.getInt(2) - 1] = rs.getBigDecimal(3);
                }
            }
            addDaysOfCurrentMonth(c, w, departmentId, year, (lineId, month, amount) -> {
                BigDecimal[] months = spending.computeIfAbsent(lineId, k -> new BigDecimal[12]);
                months[month - 1] = months[month - 1] == null ? amount : months[month - 1].add(amount);
            });
            return spending;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface DaySpending {
        void add(long lineId, int month, BigDecimal amount);
    }

    /**
     * Adds the payments of the month that asOf falls in, up to asOf, per line; nothing when asOf is a
     * month end (whole months come from the aggregate). departmentId null: the whole city.
     */
    private static void addDaysOfCurrentMonth(Connection c, SpendingWindow w, Long departmentId, int year,
                                              DaySpending sink) throws SQLException {
        if (w.dayFrom().isAfter(w.dayTo())) {
            return;
        }
        try (Statement ps = c.createStatement(); ResultSet rs = ps.executeQuery(daysOfCurrentMonth(w, departmentId, year))) {
            while (rs.next()) {
                sink.add(rs.getLong(1), rs.getInt(2), rs.getBigDecimal(3));
            }
        }
    }

    /** The query of those payments: rows of line_id, month, spent. */
    private static String daysOfCurrentMonth(SpendingWindow w, Long departmentId, int year) {
        // Values inlined (numbers and ISO dates only): a generic plan of a reused prepared statement
        // may pick a sequential scan of every payment; literals keep the primary-key range scan.
        return "SELECT line_id, " + w.dayFrom().getMonthValue() + ", SUM(amount) FROM expenditure WHERE "
                + (departmentId == null ? "" : "department_id = " + departmentId.longValue() + " AND ")
                + "fiscal_year = " + year + " AND paid_on BETWEEN DATE '" + w.dayFrom() + "' AND DATE '" + w.dayTo()
                + "' GROUP BY line_id";
    }

    /** Every line of the year in scope, city-wide, with adjusted budget and spending as of a date. */
    public List<CityRanking.Line> cityLines(int year, LocalDate asOf, Scope scope) {
        SpendingWindow w = SpendingWindow.of(year, asOf);
        String sql = """
                SELECT l.id, d.code, d.name, l.line_code, l.name, l.category, l.funding_source, l.initial_amount,
                  l.initial_amount + COALESCE((SELECT SUM(a.amount) FROM budget_adjustment a
                                               WHERE a.line_id = l.id AND a.effective_date <= ?), 0),
                """ + SPENT_IN_WHOLE_MONTHS + """
                FROM budget_line l JOIN department d ON d.id = l.department_id
                WHERE l.fiscal_year = ?""" + (scope == Scope.MUNICIPAL ? " AND l.funding_source = 'MUNICIPAL'" : "")
                + " ORDER BY d.code, l.line_code";
        LocalDate budgetDate = asOf.isAfter(LocalDate.of(year, 12, 31)) ? LocalDate.of(year, 12, 31) : asOf;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setDate(1, Date.valueOf(budgetDate));
            ps.setInt(2, w.monthsBefore());
            ps.setInt(3, year);
            Map<Long, BigDecimal> days = new HashMap<>();
            addDaysOfCurrentMonth(c, w, null, year, (lineId, month, amount) -> days.merge(lineId, amount, BigDecimal::add));
            List<CityRanking.Line> lines = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(new CityRanking.Line(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            Category.valueOf(rs.getString(6)), FundingSource.valueOf(rs.getString(7)),
                            rs.getBigDecimal(8), rs.getBigDecimal(9),
                            rs.getBigDecimal(10).add(days.getOrDefault(rs.getLong(1), BigDecimal.ZERO))));
                }
            }
            return lines;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A token that changes whenever any budget data of the fiscal year changes (lines, adjustments,
     * payments, plans) or a department is renamed: the key under which city-wide reads may be reused.
     */
    public String yearVersion(int year) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT COALESCE(MAX(last_changed_at)::text, '') || '/' || COUNT(*) || '/'
                       || COALESCE((SELECT MAX(updated_at)::text FROM department), '')
                FROM department_year WHERE fiscal_year = ?""")) {
            ps.setInt(1, year);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A department and the version of one of its fiscal years' data, in one read. */
    public record DepartmentYear(long id, String code, String name, OffsetDateTime updatedAt,
                                 OffsetDateTime lastChangedAt) {
        /** Changes with any write to the year's budget data or to the department itself. */
        public String version() {
            return updatedAt + "/" + lastChangedAt;
        }
    }

    /** The department by code with its year's data version (changes with any write to that year); null if unknown. */
    public DepartmentYear departmentYear(String code, int year) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT d.id, d.code, d.name, d.updated_at, y.last_changed_at
                FROM department d LEFT JOIN department_year y ON y.department_id = d.id AND y.fiscal_year = ?
                WHERE d.code = ?""")) {
            ps.setInt(1, year);
            ps.setString(2, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new DepartmentYear(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class)) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The department's cumulative monthly plan (12 percentages), or null when it has none. */
    public List<BigDecimal> monthlyPlan(long departmentId, int year) {
        String plan = departmentYearValue(departmentId, year, "monthly_plan::text", String.class);
        if (plan == null) {
            return null;
        }
        try {
            return List.of(json.readValue(plan, BigDecimal[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Monthly plans of every department that has one for the year, by department code. */
    public Map<String, List<BigDecimal>> monthlyPlans(int year) {
        String sql = """
                SELECT d.code, y.monthly_plan::text FROM department_year y JOIN department d ON d.id = y.department_id
                WHERE y.fiscal_year = ? AND y.monthly_plan IS NOT NULL""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, year);
            Map<String, List<BigDecimal>> plans = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plans.put(rs.getString(1), List.of(json.readValue(rs.getString(2), BigDecimal[].class)));
                }
            }
            return plans;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public void savePlan(long departmentId, int year, List<BigDecimal> cumulativePercent) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                INSERT INTO department_year (department_id, fiscal_year, monthly_plan) VALUES (?, ?, ?::jsonb)
                ON CONFLICT (department_id, fiscal_year)
                DO UPDATE SET monthly_plan = EXCLUDED.monthly_plan, last_changed_at = now()""")) {
            ps.setLong(1, departmentId);
            ps.setInt(2, year);
            ps.setString(3, json.writeValueAsString(cumulativePercent));
            ps.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records that the department-year's budget data changed now. */
    public void touch(long departmentId, int year) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                INSERT INTO department_year (department_id, fiscal_year, last_changed_at) VALUES (?, ?, now())
                ON CONFLICT (department_id, fiscal_year) DO UPDATE SET last_changed_at = now()""")) {
            ps.setLong(1, departmentId);
            ps.setInt(2, year);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T departmentYearValue(long departmentId, int year, String column, Class<T> type) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT " + column + " FROM department_year WHERE department_id = ? AND fiscal_year = ?")) {
            ps.setLong(1, departmentId);
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getObject(1, type) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
