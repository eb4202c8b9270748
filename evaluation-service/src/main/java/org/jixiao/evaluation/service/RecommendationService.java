package org.jixiao.evaluation.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jixiao.evaluation.config.EvaluationConfig;
import org.jixiao.evaluation.config.ResultsConfig;
import org.jixiao.evaluation.domain.BudgetRecommendation;
import org.jixiao.evaluation.domain.EvaluationSubject;
import org.jixiao.evaluation.domain.Kind;
import org.jixiao.evaluation.domain.ResultsPolicy;
import org.jixiao.evaluation.repository.RecommendationQueries;
import org.jixiao.platform.security.Caller;
import org.jixiao.platform.workflow.ReviewStatus;

/** Results application (结果应用): each department's and project's final grade turned into next year's budget advice. */
@ApplicationScoped
public class RecommendationService {
    /** How a department as a whole is named in the subject column. */
    static final String DEPARTMENT_SUBJECT = "部门整体支出";

    private final RecommendationQueries queries;
    private final ResultsPolicy policy;
    private final Caller caller;

    public RecommendationService(RecommendationQueries queries, ResultsConfig results, EvaluationConfig evaluation,
                                 Caller caller) {
        this.queries = queries;
        this.caller = caller;
        this.policy = results.resultsPolicy();
        List<String> missing = policy.missing(evaluation.grades().stream().map(EvaluationConfig.Grade::code).toList());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("jixiao.results.policy has no rule for the grade(s) " + missing);
        }
    }

    /** A wrong policy stops the service at start, not at the first export. */
    void checkAtStart(@Observes StartupEvent start) {
        policy.rules();
    }

    /** What the policy advises for a grade of a department or a project; null when the grade has no rule. */
    public ResultsPolicy.Advice advice(String gradeCode, EvaluationSubject subject) {
        return policy.advise(gradeCode, subject);
    }

    /** The year's rows the caller sees (finance and auditors all, a department its own), department first, then projects. */
    public List<BudgetRecommendation> recommendations(int year, String department) {
        if (department != null) {
            caller.requireSees("recommendation", department);
        }
        return queries.finalResults(year, department, caller.departmentScope().orElse(null)).stream()
                .map(r -> recommendation(year, r)).toList();
    }

    private BudgetRecommendation recommendation(int year, RecommendationQueries.FinalResult r) {
        EvaluationSubject subject = r.projectKey() == null ? EvaluationSubject.DEPARTMENT : EvaluationSubject.PROJECT;
        ResultsPolicy.Advice advice = policy.advise(r.gradeCode(), subject);
        String name = subject == EvaluationSubject.DEPARTMENT ? DEPARTMENT_SUBJECT
                : r.projectName() == null ? r.projectKey() : r.projectName();
        return new BudgetRecommendation(r.department(), r.projectKey(), name, year, r.grade(), r.gradeCode(), r.total(),
                advice == null ? null : advice.action(), advice == null ? null : advice.cutPercent(),
                advice == null ? "等级 " + r.grade() + " 无结果应用规则 (no policy rule)" : advice.wording(),
                Kind.valueOf(r.kind()), r.evaluationId(), ReviewStatus.FILED.name().equals(r.status()));
    }
}
