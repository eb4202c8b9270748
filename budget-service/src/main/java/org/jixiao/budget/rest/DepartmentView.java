package org.jixiao.budget.rest;

import java.util.List;
import org.jixiao.budget.domain.GovernmentLevel;
import org.jixiao.budget.repository.Department;

public record DepartmentView(String code, String name, List<String> divisions, List<String> functions,
                             String selfReference, GovernmentLevel governmentLevel, String rankingArea) {
    static DepartmentView of(Department d) {
        return new DepartmentView(d.code, d.name, d.divisions, d.functions, d.selfReference, d.governmentLevel, d.rankingArea);
    }
}
