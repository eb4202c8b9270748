package org.jixiao.report.domain.rules;

import java.util.List;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.Finding.FigureRef;
import org.jixiao.report.domain.Rule;

/** One consistency rule: its catalogue entry (GET /api/v1/rules) and the check. Register it in {@link RuleCatalogue}. */
public interface ConsistencyRule {

    Rule describe();

    /** Adds this rule's findings, and only this rule's, to {@code out}. */
    void check(CheckContext ctx, List<Finding> out);

    default Finding finding(String message, String section, List<FigureRef> figures) {
        Rule rule = describe();
        return new Finding(rule.id(), rule.severity(), message, section, figures);
    }
}
