package org.jixiao.budget.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jixiao.platform.audit.AuditTrail;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.budget.domain.ExpenditureBatch;
import org.jixiao.budget.domain.ExpenditureRow;
import org.jixiao.budget.domain.IngestResult;
import org.jixiao.budget.domain.LineBudget;
import org.jixiao.budget.repository.BudgetQueries;
import org.jixiao.budget.repository.Department;
import org.jixiao.budget.repository.ExpenditureStore;
import org.jixiao.platform.paging.Page;
import org.jixiao.platform.paging.PageRequest;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;

/** Bulk payments from the finance platform: validated as a whole, stored once, never lost. */
@ApplicationScoped
public class ExpenditureService {
    private final DepartmentService departments;
    private final BudgetQueries queries;
    private final ExpenditureStore store;
    private final MeterRegistry metrics;
    private final AuditTrail audit;

    public ExpenditureService(DepartmentService departments, BudgetQueries queries, ExpenditureStore store,
                              MeterRegistry metrics, AuditTrail audit) {
        this.departments = departments;
        this.queries = queries;
        this.store = store;
        this.metrics = metrics;
        this.audit = audit;
    }

    /** Stores a batch and its audit record (counts, not rows) in one transaction. */
    @Transactional
    public IngestResult ingest(String departmentCode, int year, List<ExpenditureBatch.RawRow> raw) {
        return ingest(departmentCode, year, raw, RowErrors.BY_INDEX);
    }

    /** The same, with row errors addressed as the format's client expects (an XLSX names the cell). */
    @Transactional
    public IngestResult ingest(String departmentCode, int year, List<ExpenditureBatch.RawRow> raw, RowErrors rowErrors) {
        IngestResult result = store(departmentCode, year, raw, rowErrors);
        audit.record("ingest", "expenditure-batch", departmentCode + "/" + year, null,
                Map.of("rows", raw.size(), "accepted", result.accepted(), "duplicates", result.duplicates()));
        return result;
    }

    private IngestResult store(String departmentCode, int year, List<ExpenditureBatch.RawRow> raw, RowErrors rowErrors) {
        if ((raw == null || raw.isEmpty()) && rowErrors.earlier().isEmpty()) {
            throw ProblemException.invalid("the batch is empty", List.of());
        }
        Department department = departments.find(departmentCode);
        List<LineBudget> lines = queries.lines(department.id, year);
        Map<String, Long> lineIds = new HashMap<>();
        lines.forEach(line -> lineIds.put(line.lineCode(), line.id()));
        ExpenditureBatch.Result batch = ExpenditureBatch.validate(year, lineIds.keySet(), raw);
        if (rowErrors.refuse(batch.errors())) {
            metrics.counter("jixiao.expenditures.rejected.batches").increment();
            throw rowErrors.reject(batch.errors(), raw.size());
        }
        if (!batch.conflicts().isEmpty()) {
            throw conflict(rowErrors.with(batch.conflicts()));
        }
        try {
            store.lock(department.id, year);
            if (store.insertIfAllNew(department.id, year, batch.rows(), lineIds)) {
                return stored(department.id, year, lines, batch.rows(), batch.duplicatesInBatch());
            }
            List<String> voucherNos = batch.rows().stream().map(ExpenditureRow::voucherNo).toList();
            Map<String, ExpenditureRow> stored = store.existing(department.id, year, voucherNos);
            List<ExpenditureRow> fresh = new ArrayList<>(batch.rows().size());
            List<FieldError> conflicts = new ArrayList<>();
            int replayed = 0;
            Map<String, Integer> indexOf = stored.isEmpty() ? Map.of() : firstIndexByVoucher(raw);
            for (ExpenditureRow row : batch.rows()) {
                ExpenditureRow existing = stored.get(row.voucherNo());
                if (existing == null) {
                    fresh.add(row);
                } else if (row.sameContentAs(existing)) {
                    replayed++;
                } else {
                    conflicts.add(new FieldError(indexOf.get(row.voucherNo()), "voucherNo", "voucher " + row.voucherNo()
                            + " is already recorded with different content (" + existing.lineCode() + ", "
                            + existing.paidOn() + ", " + existing.amount().toPlainString() + ")"));
                }
            }
            if (!conflicts.isEmpty()) {
                throw conflict(rowErrors.with(conflicts));
            }
            store.insert(department.id, year, fresh, lineIds);
            return stored(department.id, year, lines, fresh, replayed + batch.duplicatesInBatch());
        } catch (SQLException e) {
            throw new IllegalStateException("storing the batch failed", e);
        }
    }

    private IngestResult stored(long departmentId, int year, List<LineBudget> lines, List<ExpenditureRow> fresh,
                                int duplicates) {
        if (!fresh.isEmpty()) {
            queries.touch(departmentId, year);
        }
        metrics.counter("jixiao.expenditures.accepted").increment(fresh.size());
        return new IngestResult(fresh.size(), duplicates, overBudgetLines(departmentId, year, lines, fresh));
    }

    public Page<ExpenditureStore.Listed> list(String departmentCode, int year, String lineCode, LocalDate from,
                                              LocalDate to, PageRequest request) {
        Department department = departments.find(departmentCode);
        Long lineId = null;
        if (lineCode != null) {
            lineId = queries.lines(department.id, year).stream().filter(l -> l.lineCode().equals(lineCode))
                    .map(LineBudget::id).findFirst()
                    .orElseThrow(() -> ProblemException.notFound("budget line " + lineCode + " does not exist"));
        }
        return Page.of(store.list(department.id, year, lineId, from, to, request.offset(), request.size()),
                store.count(department.id, year, lineId, from, to), request);
    }

    /** Every stored payment of the department-year in voucher order, for an export. */
    @Transactional
    public List<ExpenditureStore.Listed> all(String departmentCode, int year) {
        return store.all(departments.find(departmentCode).id, year);
    }

    /** Lines touched by the batch that are now spent above their year-end budget: accepted, flagged. */
    private List<String> overBudgetLines(long departmentId, int year, List<LineBudget> lines, List<ExpenditureRow> fresh) {
        if (fresh.isEmpty()) {
            return List.of();
        }
        Set<String> touched = new HashSet<>();
        fresh.forEach(row -> touched.add(row.lineCode()));
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        Map<Long, BigDecimal[]> spending = queries.spendingByLineAndMonth(departmentId, year, yearEnd);
        return lines.stream()
                .filter(line -> touched.contains(line.lineCode()))
                .filter(line -> total(spending.get(line.id())).compareTo(line.adjustedAt(yearEnd)) > 0)
                .map(LineBudget::lineCode).sorted().toList();
    }

    private static BigDecimal total(BigDecimal[] months) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int m = 0; months != null && m < months.length; m++) {
            sum = months[m] == null ? sum : sum.add(months[m]);
        }
        return sum;
    }

    private static Map<String, Integer> firstIndexByVoucher(List<ExpenditureBatch.RawRow> raw) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            String voucher = raw.get(i).voucherNo();
            if (voucher != null) {
                index.putIfAbsent(voucher.strip(), i);
            }
        }
        return index;
    }

    private static ProblemException conflict(List<FieldError> conflicts) {
        String vouchers = conflicts.stream().limit(10).map(FieldError::message).reduce((a, b) -> a + "; " + b).orElse("");
        return new ProblemException(409, "Voucher conflict", conflicts.size()
                + " voucher number(s) reused with different content; nothing was stored: " + vouchers, conflicts);
    }
}
