package org.jixiao.budget.service;

import java.util.List;

/** What a department is registered or updated with; its code is given apart, since an update cannot change it. */
public record DepartmentDetails(String name, List<String> divisions, List<String> functions) {
}
