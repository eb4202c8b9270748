package org.jixiao.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.budget.domain.LineBudget;
import org.jixiao.budget.domain.Recommendation;
import org.jixiao.budget.domain.RecommendationCheck;
import org.jixiao.budget.domain.RecommendationRows;
import org.jixiao.budget.repository.BudgetQueries;
import org.jixiao.budget.repository.BudgetRecommendationEntity;
import org.jixiao.budget.repository.Department;
import org.jixiao.platform.audit.AuditTrail;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;
import org.jixiao.platform.security.Caller;

/** Results application (结果应用) in next year's budget: the imported advice, and which advice applies to each line. */
@ApplicationScoped
public class RecommendationService {
    private final EntityManager em;
    private final BudgetQueries queries;
    private final AuditTrail audit;
    private final Caller caller;

    public RecommendationService(EntityManager em, BudgetQueries queries, AuditTrail audit, Caller caller) {
        this.em = em;
        this.queries = queries;
        this.audit = audit;
        this.caller = caller;
    }

    /** The advice that applies to a budget line, and whether its budget keeps to it (null members: nothing to check). */
    public record Applied(String appliesTo, String projectKey, String subject, int evaluationYear, String grade,
                          BigDecimal total, String action, BigDecimal cutPercent, String wording, String basis,
                          long evaluationId, boolean filed, BigDecimal previousBudget, BigDecimal budget,
                          BigDecimal allowedBudget, Boolean exceeds) {
    }

    /**
     * Replaces the budget year's advice with the rows of an uploaded table, all or nothing: every row checked (the
     * format's problems already in {@code rowErrors}), departments known, no department or project twice. The same set
     * again changes nothing. One audit record.
     */
    @Transactional
    public RecommendationImport importRows(int year, List<Map<String, String>> raw, RowErrors rowErrors) {
        if (year < 2001 || year > 2100) {
            throw ProblemException.invalidField("year", "must be a budget year from 2001 to 2100");
        }
        RecommendationRows.Parsed parsed = RecommendationRows.parse(raw, year);
        List<FieldError> errors = new ArrayList<>(parsed.errors());
        Map<String, Department> departments = new HashMap<>();
        Set<String> subjects = new HashSet<>();
        for (int i = 0; i < parsed.rows().size(); i++) {
            Recommendation row = parsed.rows().get(i);
            if (row == null) {
                continue;
            }
            Department department = departments.computeIfAbsent(row.department(),
                    code -> Department.<Department>find("code", code).firstResultOptional().orElse(null));
            if (department == null) {
                errors.add(new FieldError(i, "department", "no department " + row.department() + " in budget-service"));
            }
            if (!subjects.add(row.department() + "\u0000" + Objects.requireNonNullElse(row.projectKey(), ""))) {
                errors.add(new FieldError(i, row.projectKey() == null ? "department" : "projectKey", (row.projectKey() == null
                        ? "department " + row.department() : "project " + row.projectKey() + " of " + row.department())
                        + " appears more than once in this table"));
            }
        }
        errors.sort(Comparator.comparing(FieldError::index));
        if (rowErrors.refuse(errors)) {
            throw rowErrors.reject(errors, raw.size());
        }
        // imports of one year wait for each other: the replace below is never interleaved
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('budget_recommendation'), :year)")
                .setParameter("year", year).getSingleResult();
        List<Recommendation> rows = parsed.rows();
        Set<Recommendation> stored = Set.copyOf(stored(year, null));
        int projects = (int) rows.stream().filter(r -> r.projectKey() != null).count();
        boolean changed = !stored.equals(Set.copyOf(rows));
        if (changed) {
            BudgetRecommendationEntity.delete("fiscalYear", year);
            for (Recommendation r : rows) {
                BudgetRecommendationEntity e = new BudgetRecommendationEntity();
                e.fiscalYear = year;
                e.department = departments.get(r.department());
                e.projectKey = r.projectKey();
                e.subject = r.subject();
                e.evaluationYear = r.evaluationYear();
                e.grade = r.grade();
                e.total = r.total();
                e.action = r.action();
                e.cutPercent = r.cutPercent();
                e.wording = r.wording();
                e.basis = r.basis();
                e.evaluationId = r.evaluationId();
                e.filed = r.filed();
                e.persist();
            }
        }
        RecommendationImport result = new RecommendationImport(rows.size(), rows.size() - projects, projects, changed,
                changed ? stored.size() : 0);
        audit.record("import", "budget-recommendation-batch", String.valueOf(year), Map.of("rows", stored.size()),
                Map.of("rows", rows.size(), "changed", changed, "evaluationYear", year - 1,
                        "actions", rows.stream().collect(Collectors.groupingBy(r -> r.action().name(), Collectors.counting()))));
        return result;
    }

    /** The year's advice the caller sees (finance and auditors all, a department its own), by department then project. */
    public List<Recommendation> list(int year, String department) {
        if (department != null) {
            caller.requireSees("recommendation", department);
        }
        Set<String> scope = caller.departmentScope().orElse(null);
        return stored(year, department).stream().filter(r -> scope == null || scope.contains(r.department())).toList();
    }

    private List<Recommendation> stored(int year, String department) {
        return BudgetRecommendationEntity.<BudgetRecommendationEntity>find("select r from BudgetRecommendationEntity r "
                        + "join fetch r.department d where r.fiscalYear = ?1" + (department == null ? "" : " and d.code = ?2")
                        + " order by d.code, coalesce(r.projectKey, ''), r.id", department == null
                        ? new Object[] {year} : new Object[] {year, department}).list().stream()
                .map(e -> e.toRecommendation(e.department.code)).toList();
    }

    /**
     * Per line of the department-year, the advice that applies: its project's when the line's projectKey has one,
     * else the department's; checked against last year's 年初预算数 of the same project (Σ its lines) or the same
     * line code. Lines without advice are absent.
     */
    public Map<String, Applied> applied(long departmentId, String departmentCode, int year, List<LineBudget> lines) {
        Map<String, Recommendation> bySubject = new HashMap<>();
        stored(year, departmentCode).forEach(r -> bySubject.put(Objects.requireNonNullElse(r.projectKey(), ""), r));
        Map<String, Applied> applied = new HashMap<>();
        if (bySubject.isEmpty()) {
            return applied;
        }
        List<LineBudget> lastYear = queries.lines(departmentId, year - 1);
        for (LineBudget line : lines) {
            Recommendation project = line.projectKey() == null ? null : bySubject.get(line.projectKey());
            Recommendation r = project != null ? project : bySubject.get("");
            if (r == null) {
                continue;
            }
            BigDecimal previous;
            BigDecimal budget;
            if (project != null) {
                previous = sum(lastYear, line.projectKey());
                budget = sum(lines, line.projectKey());
            } else {
                previous = lastYear.stream().filter(l -> l.lineCode().equals(line.lineCode())).findFirst()
                        .map(LineBudget::initialAmount).orElse(null);
                budget = line.initialAmount();
            }
            RecommendationCheck.Outcome check = RecommendationCheck.check(r.cutPercent(), previous, budget);
            applied.put(line.lineCode(), new Applied(project != null ? "PROJECT" : "DEPARTMENT", r.projectKey(), r.subject(),
                    r.evaluationYear(), r.grade(), r.total(), r.action().name(), r.cutPercent(), r.wording(), r.basis(),
                    r.evaluationId(), r.filed(), check.previousBudget(), check.budget(), check.allowedBudget(), check.exceeds()));
        }
        return applied;
    }

    /** Σ 年初预算数 of a project's lines, or null when it has none. */
    private static BigDecimal sum(List<LineBudget> lines, String projectKey) {
        return lines.stream().filter(l -> projectKey.equals(l.projectKey())).map(LineBudget::initialAmount)
                .reduce(BigDecimal::add).orElse(null);
    }
}
