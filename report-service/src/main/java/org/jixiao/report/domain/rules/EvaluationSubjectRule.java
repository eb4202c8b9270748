package org.jixiao.report.domain.rules;

import static org.jixiao.report.domain.rules.Findings.fig;

import java.util.List;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.ReportData;
import org.jixiao.report.domain.Severity;
import org.jixiao.report.domain.data.EvaluationResult;

final class EvaluationSubjectRule extends ConsistencyRule {
    EvaluationSubjectRule() {
        super("EVALUATION-SUBJECT", Severity.FATAL, "评价与报告的部门/年度不一致",
                "The evaluation bound to the report is for another department or year.");
    }

    @Override
    void check(CheckContext ctx, List<Finding> out) {
        ReportData d = ctx.data();
        EvaluationResult e = d.evaluation();
        if (e == null) {
            return;
        }
        if ((e.department() != null && !e.department().equals(d.departmentCode())) || (e.year() != null && e.year() != d.year())) {
            out.add(finding("evaluation " + e.evaluationId() + " is for " + e.department() + " " + e.year()
                    + ", the report for " + d.departmentCode() + " " + d.year(), null,
                    List.of(fig("evaluation.department", e.department() + " " + e.year(), "evaluation-service result department, year"))));
        }
    }
}
