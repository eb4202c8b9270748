package org.jixiao.budget.service;

import java.util.List;
import org.jixiao.budget.domain.GovernmentLevel;

/** What a department is registered or updated with; its code is given apart, since an update cannot change it. */
public record DepartmentDetails(String name, List<String> divisions, List<String> functions, String selfReference,
                                GovernmentLevel governmentLevel, String rankingArea) {
}
