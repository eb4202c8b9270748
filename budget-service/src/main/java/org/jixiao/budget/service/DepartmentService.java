package org.jixiao.budget.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.budget.repository.Department;
import org.jixiao.budget.rest.DepartmentRequest;
import org.jixiao.platform.paging.PageRequest;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;

@ApplicationScoped
public class DepartmentService {

    @Transactional
    public Department create(DepartmentRequest request) {
        if (request.code() == null || request.code().isBlank()) {
            throw ProblemException.invalid("code is required", List.of(new FieldError(null, "code", "is required")));
        }
        if (Department.count("code", request.code()) > 0) {
            throw ProblemException.conflict("department " + request.code() + " already exists");
        }
        Department department = new Department();
        department.code = request.code();
        apply(department, request);
        department.persist();
        return department;
    }

    @Transactional
    public Department update(String code, DepartmentRequest request) {
        Department department = find(code);
        apply(department, request);
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

    private static void apply(Department department, DepartmentRequest request) {
        department.name = request.name().strip();
        department.divisions = request.divisions() == null ? new ArrayList<>() : new ArrayList<>(request.divisions());
        department.functions = request.functions() == null ? new ArrayList<>() : new ArrayList<>(request.functions());
    }
}
