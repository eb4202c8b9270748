package org.jixiao.budget.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.budget.repository.Department;
import org.jixiao.platform.paging.PageRequest;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;

/** Departments (部门 / 预算单位): registration, updates and look-up by code. */
@ApplicationScoped
public class DepartmentService {

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
        return department;
    }

    @Transactional
    public Department update(String code, DepartmentDetails details) {
        Department department = find(code);
        apply(department, details);
        department.updatedAt = OffsetDateTime.now();
        return department;
    }

    public Department find(String code) {
        return Department.<Department>find("code", code).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("department " + code + " does not exist"));
    }

    public List<Department> page(PageRequest request) {
        return Department.<Department>findAll(Sort.by("code")).page(request.page(), request.size()).list();
    }

    public long count() {
        return Department.count();
    }

    private static void apply(Department department, DepartmentDetails details) {
        department.name = details.name().strip();
        department.divisions = details.divisions() == null ? new ArrayList<>() : new ArrayList<>(details.divisions());
        department.functions = details.functions() == null ? new ArrayList<>() : new ArrayList<>(details.functions());
    }
}
