package org.jixiao.evaluation.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jixiao.evaluation.repository.EvaluationEntity;
import org.jixiao.evaluation.repository.EvaluationRepository;
import org.jixiao.platform.jobs.JobItem;
import org.jixiao.platform.jobs.JobParams;
import org.jixiao.platform.jobs.JobPlanner;
import org.jixiao.platform.workflow.ReviewStatus;

/**
 * SCORE_YEAR {year}: scores every evaluation of the year (every kind, department and project), one item each, as
 * POST /api/v1/evaluations/{id}/score with the starter's token. Scoring again stores a new result with the same
 * figures when nothing changed, so an item run twice does no harm. Evaluations submitted, reviewed or filed
 * (docs/workflow.md) are frozen and not part of the job.
 */
@ApplicationScoped
public class ScoreYearJob implements JobPlanner {
    private final EvaluationRepository evaluations;

    ScoreYearJob(EvaluationRepository evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public String type() {
        return "SCORE_YEAR";
    }

    @Override
    public String description() {
        return "score every evaluation of a year";
    }

    @Override
    public JobParams params(ObjectNode body) {
        return JobParams.read(body).requiredInt("year", 2000, 2100).done();
    }

    @Override
    public List<JobItem> plan(JobParams params) {
        // an evaluation with the finance bureau (SUBMITTED, REVIEWED, FILED) is frozen: left out, not failed
        return evaluations.list("year = ?1 and status in ?2", Sort.by("id"), params.intValue("year"),
                List.of(ReviewStatus.DRAFT, ReviewStatus.RETURNED)).stream().map(ScoreYearJob::item).toList();
    }

    private static JobItem item(EvaluationEntity e) {
        String subject = e.projectKey != null ? " project " + e.projectKey : e.lineCode != null ? " line " + e.lineCode : "";
        return new JobItem("evaluation-" + e.id, e.department + " " + e.year + " " + e.kind + subject + " ("
                + e.framework.code + ")", "POST", "/api/v1/evaluations/" + e.id + "/score");
    }
}
