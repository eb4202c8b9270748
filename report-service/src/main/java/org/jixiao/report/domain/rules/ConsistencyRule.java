package org.jixiao.report.domain.rules;

import java.util.List;
import org.jixiao.report.domain.Finding.FigureRef;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.Rule;
import org.jixiao.report.domain.Severity;

/** One consistency rule: its catalogue entry (GET /api/v1/rules) and the check. Register it in {@link RuleCatalogue}. */
public abstract class ConsistencyRule {
    private final Rule rule;

    protected ConsistencyRule(String id, Severity severity, String title, String description) {
        this.rule = new Rule(id, severity, title, description);
    }

    public final Rule describe() {
        return rule;
    }

    /** Adds this rule's findings, and only this rule's, to {@code out}. */
    abstract void check(CheckContext ctx, List<Finding> out);

    Finding finding(String message, String section, List<FigureRef> figures) {
        return new Finding(rule.id(), rule.severity(), message, section, figures);
    }
}
