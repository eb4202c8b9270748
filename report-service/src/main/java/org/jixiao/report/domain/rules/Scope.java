package org.jixiao.report.domain.rules;

import org.jixiao.report.domain.data.Amounts;
import org.jixiao.report.domain.data.Execution;
import org.jixiao.report.domain.rules.Findings.Field;
import org.jixiao.report.domain.rules.Findings.Part;

/** One execution answer (MUNICIPAL or ALL) and the keys its figures have in the FigureTable. */
record Scope(String name, Execution execution) {

    /** The key of "total", "basic" or "project": execution.total, execution.basic …; ALL's are execution.all, execution.all.basic …. */
    String key(String part) {
        if (name.equals("MUNICIPAL")) {
            return "execution." + part;
        }
        return part.equals("total") ? "execution.all" : "execution.all." + part;
    }

    Amounts amounts(String part) {
        return switch (part) {
            case "total" -> execution.total();
            case "basic" -> execution.basic();
            default -> execution.project();
        };
    }

    /** Where a figure of this answer came from, e.g. "budget-service execution scope=ALL bySource[OTHER]". */
    String source(String part) {
        return "budget-service execution scope=" + name + " " + part;
    }

    Part part(String part, Field field) {
        return new Part(key(part) + "." + field.key, field.of(amounts(part)), source(part) + "." + field.key);
    }
}
