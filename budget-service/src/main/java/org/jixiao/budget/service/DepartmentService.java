package org.jixiao.budget.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.budget.repository.Department;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jixiao.platform.audit.AuditTrail;
import org.jixiao.platform.paging.Page;
import org.jixiao.platform.paging.PageRequest;
import org.jixiao.platform.security.AccessRefusedException;
import org.jixiao.platform.security.Caller;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;

/** Departments (部门 / 预算单位): registration, updates and look-up by code. */
@ApplicationScoped
public class DepartmentService {
    private final AuditTrail audit;
    private final Caller caller;

    public DepartmentService(AuditTrail audit, Caller caller) {
        this.audit = audit;
        this.caller = caller;
    }

    @Transactional
    public Department create(String code, DepartmentDetails details) {
        if (code == null || code.isBlank()) {
            throw ProblemException.invalid("code is required", List.of(new FieldError(null, "code", "is required")));
        }
        if (Department.count("code", code) > 0) {
            throw ProblemException.conflict("department " + code + " already exists");
        }
        Department department = new Department();
        department.code = code;
        apply(department, details);
        department.persist();
        audit.record("create", "department", code, null, summary(department));
        return department;
    }

    @Transactional
    public Department update(String code, DepartmentDetails details) {
        Department department = find(code);
        Map<String, Object> before = summary(department);
        apply(department, details);
        department.updatedAt = OffsetDateTime.now();
        audit.record("update", "department", code, before, summary(department));
        return department;
    }

    public Department find(String code) {
        return Department.<Department>find("code", code).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("department " + code + " does not exist"));
    }

    /**
     * 403 unless the caller may read this department's data. A department or third-party user gets the same 403
     * for a department of another and for one that does not exist: no answer tells which codes exist.
     */
    public void requireSees(String code) {
        caller.requireSees("department", code);
        if (!caller.seesEverything() && Department.count("code", code) == 0) {
            throw new AccessRefusedException("the caller may not read departments of department " + code, "department", code);
        }
    }

    /** The departments the caller sees, by code. */
    public Page<Department> page(PageRequest request) {
        Optional<Set<String>> scope = caller.departmentScope();
        PanacheQuery<Department> query = scope.isEmpty() ? Department.findAll(Sort.by("code"))
                : Department.find("code in ?1", Sort.by("code"), scope.get().isEmpty() ? List.of("") : scope.get());
        return Page.of(query.page(request.page(), request.size()).list(), query.count(), request);
    }

    private static Map<String, Object> summary(Department d) {
        return Map.of("name", d.name, "divisions", d.divisions.size(), "functions", d.functions.size());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void apply(Department department, DepartmentDetails details) {
        department.name = details.name().strip();
        department.divisions = details.divisions() == null ? new ArrayList<>() : new ArrayList<>(details.divisions());
        department.functions = details.functions() == null ? new ArrayList<>() : new ArrayList<>(details.functions());
        department.selfReference = blankToNull(details.selfReference());
        department.governmentLevel = details.governmentLevel();
        department.rankingArea = blankToNull(details.rankingArea());
    }
}
