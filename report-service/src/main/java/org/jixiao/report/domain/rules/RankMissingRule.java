package org.jixiao.report.domain.rules;

import java.util.List;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.ReportData;
import org.jixiao.report.domain.Severity;

final class RankMissingRule extends ConsistencyRule {
    RankMissingRule() {
        super("RANK-MISSING", Severity.WARNING, "无全市排名",
                "The department is not in the city ranking; the paragraph omits the rank.");
    }

    @Override
    void check(CheckContext ctx, List<Finding> out) {
        ReportData d = ctx.data();
        if (d.ranking() != null && d.rankingEntry() == null) {
            out.add(finding("department " + d.departmentCode() + " is not in the " + d.year()
                    + " city ranking; the paragraph omits the rank", null, List.of()));
        }
    }
}
