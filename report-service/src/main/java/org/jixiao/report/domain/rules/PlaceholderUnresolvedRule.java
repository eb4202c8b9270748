package org.jixiao.report.domain.rules;

import static org.jixiao.report.domain.rules.Findings.fig;

import java.util.List;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.PlaceholderCatalogue;
import org.jixiao.report.domain.SectionKey;
import org.jixiao.report.domain.Severity;

final class PlaceholderUnresolvedRule extends ConsistencyRule {
    PlaceholderUnresolvedRule() {
        super("PLACEHOLDER-UNRESOLVED", Severity.FATAL, "占位符无数据",
                "A {{placeholder}} that the fetched data cannot fill (e.g. a line code the department does not have).");
    }

    @Override
    void check(CheckContext ctx, List<Finding> out) {
        for (SectionKey section : SectionKey.values()) {
            String text = ctx.narrative().get(section);
            if (text == null || text.isBlank()) {
                continue;
            }
            for (String ph : PlaceholderCatalogue.keysIn(text)) {
                if (ctx.figures().get(ph).isEmpty()) {
                    out.add(finding("{{" + ph + "}} has no value in the fetched data"
                            + (PlaceholderCatalogue.isKnown(ph) ? "" : " (not in the placeholder catalogue)"), section.name(),
                            List.of(fig(ph, "—", "narrative " + section.name()))));
                }
            }
        }
    }
}
