package org.jixiao.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jixiao.platform.audit.AuditTrail;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.budget.domain.LineBudget;
import org.jixiao.budget.repository.BudgetAdjustment;
import org.jixiao.budget.repository.BudgetLine;
import org.jixiao.budget.repository.BudgetQueries;
import org.jixiao.budget.repository.Department;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;

/** Budget lines, their adjustments and the department's monthly plan. */
@ApplicationScoped
public class BudgetLineService {
    private final DepartmentService departments;
    private final BudgetQueries queries;
    private final AuditTrail audit;

    public BudgetLineService(DepartmentService departments, BudgetQueries queries, AuditTrail audit) {
        this.departments = departments;
        this.queries = queries;
        this.audit = audit;
    }

    /** The stored line, without adjustments yet. */
    @Transactional
    public LineBudget create(String departmentCode, int year, NewBudgetLine newLine) {
        checkYear(year);
        Department department = departments.find(departmentCode);
        if (BudgetLine.count("department = ?1 and fiscalYear = ?2 and lineCode = ?3", department, year, newLine.lineCode()) > 0) {
            throw ProblemException.conflict("budget line " + newLine.lineCode() + " already exists for "
                    + departmentCode + " in " + year);
        }
        LineBudget created = persist(department, year, newLine);
        queries.touch(department.id, year);
        audit.record("create", "budget-line", departmentCode + "/" + year + "/" + created.lineCode(), null, created);
        return created;
    }

    /**
     * Adds the lines of an uploaded sheet, all or nothing: a line that does not exist is created; one that exists
     * with the same data is left as it is (a replayed import changes nothing); one that exists with other data, or
     * a line code twice in the upload, is an error naming its row. Rows the format already found bad are null in
     * {@code rows} and their problems are in {@code rowErrors}. One audit record for the whole import.
     */
    @Transactional
    public LineImport importLines(String departmentCode, int year, List<NewBudgetLine> rows, RowErrors rowErrors) {
        checkYear(year);
        Department department = departments.find(departmentCode);
        Map<String, LineBudget> existing = new HashMap<>();
        queries.lines(department.id, year).forEach(line -> existing.put(line.lineCode(), line));
        List<FieldError> errors = new ArrayList<>();
        Map<String, NewBudgetLine> inUpload = new HashMap<>();
        List<NewBudgetLine> fresh = new ArrayList<>();
        int unchanged = 0;
        for (int i = 0; i < rows.size(); i++) {
            NewBudgetLine row = rows.get(i);
            if (row == null) {
                continue;
            }
            if (inUpload.putIfAbsent(row.lineCode(), row) != null) {
                errors.add(new FieldError(i, "lineCode", "line " + row.lineCode() + " appears more than once in this upload"));
                continue;
            }
            LineBudget stored = existing.get(row.lineCode());
            if (stored == null) {
                fresh.add(row);
                continue;
            }
            String differs = firstDifference(stored, row);
            if (differs == null) {
                unchanged++;
            } else {
                errors.add(new FieldError(i, differs, "line " + row.lineCode() + " already exists for " + year
                        + " with other data (" + describe(stored) + "); change it through the API, not by import"));
            }
        }
        if (rowErrors.refuse(errors)) {
            throw rowErrors.reject(errors, rows.size());
        }
        List<String> created = new ArrayList<>();
        for (NewBudgetLine row : fresh) {
            created.add(persist(department, year, row).lineCode());
        }
        if (!created.isEmpty()) {
            queries.touch(department.id, year);
        }
        audit.record("import", "budget-line-batch", departmentCode + "/" + year, null, Map.of("rows", rows.size(),
                "created", created.size(), "unchanged", unchanged,
                "createdLineCodes", created.stream().limit(20).toList()));
        return new LineImport(created.size(), unchanged, created);
    }

    private static LineBudget persist(Department department, int year, NewBudgetLine newLine) {
        BudgetLine line = new BudgetLine();
        line.department = department;
        line.fiscalYear = year;
        line.lineCode = newLine.lineCode();
        line.name = newLine.name().strip();
        line.category = newLine.category();
        line.fundingSource = newLine.fundingSource();
        line.initialAmount = newLine.initialAmount().setScale(2);
        line.projectKey = newLine.projectKey();
        line.persist();
        return new LineBudget(line.id, line.lineCode, line.name, line.category, line.fundingSource,
                line.initialAmount, List.of(), line.projectKey);
    }

    /** The first field in which the upload differs from the stored line, or null when it is the same line. */
    private static String firstDifference(LineBudget stored, NewBudgetLine row) {
        if (!stored.name().equals(row.name().strip())) {
            return "name";
        }
        if (stored.category() != row.category()) {
            return "category";
        }
        if (stored.fundingSource() != row.fundingSource()) {
            return "fundingSource";
        }
        if (stored.initialAmount().compareTo(row.initialAmount()) != 0) {
            return "initialAmount";
        }
        return Objects.equals(stored.projectKey(), row.projectKey()) ? null : "projectKey";
    }

    private static String describe(LineBudget line) {
        return line.name() + ", " + line.category() + ", " + line.fundingSource() + ", "
                + line.initialAmount().toPlainString() + (line.projectKey() == null ? "" : ", " + line.projectKey());
    }

    public List<LineBudget> lines(String departmentCode, int year) {
        return queries.lines(departments.find(departmentCode).id, year);
    }

    /** The adjustment as stored (amount to 2 decimals, texts stripped). */
    @Transactional
    public LineBudget.Adjustment adjust(String departmentCode, int year, String lineCode, LineBudget.Adjustment change) {
        Department department = departments.find(departmentCode);
        // the line's row lock serialises adjustments of one line: the non-negative check sees every earlier one
        BudgetLine line = BudgetLine.<BudgetLine>find("department = ?1 and fiscalYear = ?2 and lineCode = ?3",
                department, year, lineCode).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(
                "budget line " + lineCode + " does not exist for " + departmentCode + " in " + year));
        if (change.effectiveDate().getYear() != year) {
            throw ProblemException.invalid("an adjustment takes effect inside its fiscal year",
                    List.of(new FieldError(null, "effectiveDate", change.effectiveDate() + " is outside fiscal year " + year)));
        }
        if (change.amount().signum() == 0) {
            throw ProblemException.invalid("an adjustment changes the budget",
                    List.of(new FieldError(null, "amount", "must not be zero")));
        }
        BigDecimal yearEnd = line.initialAmount.add(BudgetAdjustment.<BudgetAdjustment>list("line", line).stream()
                .map(a -> a.amount).reduce(BigDecimal.ZERO, BigDecimal::add)).add(change.amount());
        if (yearEnd.signum() < 0) {
            throw ProblemException.unprocessable("the adjustment would make the budget of " + lineCode + " negative ("
                    + yearEnd.toPlainString() + ")", List.of(new FieldError(null, "amount", "reduces the budget below zero")));
        }
        BudgetAdjustment adjustment = new BudgetAdjustment();
        adjustment.line = line;
        adjustment.amount = change.amount().setScale(2);
        adjustment.effectiveDate = change.effectiveDate();
        adjustment.reason = change.reason().strip();
        adjustment.documentNo = change.documentNo().strip();
        adjustment.persist();
        queries.touch(department.id, year);
        LineBudget.Adjustment stored = new LineBudget.Adjustment(adjustment.amount, adjustment.effectiveDate,
                adjustment.reason, adjustment.documentNo);
        audit.record("adjust", "budget-line", departmentCode + "/" + year + "/" + lineCode,
                Map.of("yearEndBudget", yearEnd.subtract(change.amount()).toPlainString()),
                Map.of("yearEndBudget", yearEnd.toPlainString(), "adjustment", stored));
        return stored;
    }

    @Transactional
    public List<BigDecimal> savePlan(String departmentCode, int year, List<BigDecimal> cumulativePercent) {
        checkYear(year);
        List<FieldError> errors = new ArrayList<>();
        BigDecimal previous = BigDecimal.ZERO;
        for (int i = 0; i < cumulativePercent.size(); i++) {
            BigDecimal value = cumulativePercent.get(i);
            if (value.compareTo(previous) < 0) {
                errors.add(new FieldError(i, "cumulativePercent", "must not decrease (month " + (i + 1) + ")"));
            }
            if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
                errors.add(new FieldError(i, "cumulativePercent", "must be between 0 and 100"));
            }
            previous = value;
        }
        if (errors.isEmpty() && cumulativePercent.get(11).compareTo(BigDecimal.valueOf(100)) != 0) {
            errors.add(new FieldError(11, "cumulativePercent", "must reach 100 at the end of December"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("the monthly plan is not a cumulative plan", errors);
        }
        long departmentId = departments.find(departmentCode).id;
        List<BigDecimal> before = queries.monthlyPlan(departmentId, year);
        queries.savePlan(departmentId, year, cumulativePercent);
        audit.record("update", "spending-plan", departmentCode + "/" + year, before, cumulativePercent);
        return cumulativePercent;
    }

    public List<BigDecimal> plan(String departmentCode, int year) {
        List<BigDecimal> plan = queries.monthlyPlan(departments.find(departmentCode).id, year);
        if (plan == null) {
            throw ProblemException.notFound(departmentCode + " has no monthly plan for " + year);
        }
        return plan;
    }

    /** Fiscal years the service accepts. */
    private static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw ProblemException.invalid("fiscal year " + year + " is out of range",
                    List.of(new FieldError(null, "year", "must be between 2000 and 2100")));
        }
    }
}
