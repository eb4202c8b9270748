package org.jixiao.report.domain.rules;

import static org.jixiao.report.domain.rules.Findings.fig;

import java.util.List;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.Fmt;
import org.jixiao.report.domain.GradeBand;
import org.jixiao.report.domain.Severity;
import org.jixiao.report.domain.data.EvaluationResult;

final class GradeBandRule extends ConsistencyRule {
    GradeBandRule() {
        super("GRADE-BAND", Severity.FATAL, "等级与分数段一致",
                "The grade matches the band of the total (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 < 60; configurable).");
    }

    @Override
    void check(CheckContext ctx, List<Finding> out) {
        EvaluationResult e = ctx.data().evaluation();
        if (e == null || e.total() == null) {
            return;
        }
        GradeBand band = GradeBand.of(ctx.settings().gradeBands(), e.total());
        boolean ok = e.gradeCode() != null ? band.code().equals(e.gradeCode()) : band.label().equals(e.grade());
        if (!ok) {
            String src = "evaluation-service result ";
            out.add(finding("grade " + e.grade() + (e.gradeCode() == null ? "" : " (" + e.gradeCode() + ")")
                    + " does not match total " + Fmt.scoreText(e.total()) + ", whose band is " + band.label() + " (≥ " + Fmt.plain(band.min()) + ")",
                    null, List.of(fig("score.grade", e.grade(), src + "grade"), fig("score.total", Fmt.scoreText(e.total()), src + "total"))));
        }
    }
}
