package org.jixiao.evaluation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** The final result of every department and project of a year, in one query (results application, 结果应用). */
@ApplicationScoped
public class RecommendationQueries {
    private final EntityManager em;

    public RecommendationQueries(EntityManager em) {
        this.em = em;
    }

    /** A subject's final result as stored: its evaluation, kind, review status, total and grade. */
    public record FinalResult(String department, String projectKey, long evaluationId, String kind, String status,
                              BigDecimal total, String grade, String gradeCode, String projectName) {
    }

    /**
     * Per department (evaluations without a project) and per project key: the newest scored FINANCE_REVIEW evaluation
     * if there is one (finance's re-evaluation overrides the self-evaluation), else the newest scored SELF one, with
     * its latest result. Budget-line evaluations (the fixed PROJECT framework, by lineCode) are left out: budget
     * preparation matches projects by key. Ordered by department, the department first, then project key.
     *
     * @param visible the departments the caller sees, or null for all
     */
    @SuppressWarnings("unchecked")
    public List<FinalResult> finalResults(int year, String department, Set<String> visible) {
        String sql = """
                SELECT DISTINCT ON (e.department, COALESCE(e.project_key, ''))
                       e.department, e.project_key, e.id, e.kind, e.status, r.total, r.result->>'grade',
                       r.result->>'gradeCode', r.result #>> '{targets,projectName}'
                FROM evaluation e JOIN score_result r ON r.evaluation_id = e.id
                WHERE e.fiscal_year = :year AND e.kind IN ('SELF', 'FINANCE_REVIEW') AND e.line_code IS NULL"""
                + (department == null ? "" : " AND e.department = :department")
                + (visible == null ? "" : " AND e.department IN (:visible)") + """

                ORDER BY e.department, COALESCE(e.project_key, ''), e.kind = 'FINANCE_REVIEW' DESC, e.id DESC,
                         r.scored_at DESC, r.id DESC""";
        var query = em.createNativeQuery(sql).setParameter("year", year);
        if (department != null) {
            query.setParameter("department", department);
        }
        if (visible != null) {
            query.setParameter("visible", visible.isEmpty() ? Set.of("") : visible);
        }
        return ((List<Object[]>) query.getResultList()).stream().map(r -> new FinalResult((String) r[0], (String) r[1],
                ((Number) r[2]).longValue(), (String) r[3], (String) r[4], (BigDecimal) r[5], (String) r[6], (String) r[7],
                (String) r[8])).toList();
    }
}
