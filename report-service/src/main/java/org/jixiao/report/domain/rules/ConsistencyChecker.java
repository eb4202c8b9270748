package org.jixiao.report.domain.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.ReportData;
import org.jixiao.report.domain.RuleSettings;
import org.jixiao.report.domain.SectionKey;

/** Runs every registered rule ({@link RuleCatalogue}) over a snapshot and the narrative as it stands. Pure logic. */
public final class ConsistencyChecker {
    private final RuleSettings settings;

    public ConsistencyChecker(RuleSettings settings) {
        this.settings = settings;
    }

    /** The findings grouped by rule, in catalogue order. */
    public List<Finding> check(ReportData d, Map<SectionKey, String> narrative) {
        CheckContext ctx = CheckContext.of(d, narrative, settings);
        List<Finding> out = new ArrayList<>();
        for (ConsistencyRule rule : RuleCatalogue.RULES) {
            rule.check(ctx, out);
        }
        return out;
    }
}
