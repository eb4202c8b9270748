package org.jixiao.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jixiao.evaluation.domain.Kind;
import org.jixiao.evaluation.domain.ScoreResult;

/** Stored scorings: each result as JSON, with its total and grade as columns for lists. */
@ApplicationScoped
public class ScoreResultRepository implements PanacheRepository<ScoreResultEntity> {
    private final JsonColumns json;

    ScoreResultRepository(JsonColumns json) {
        this.json = json;
    }

    /** An evaluation's latest total and grade, without its result JSON. */
    public record Latest(BigDecimal total, String grade, OffsetDateTime scoredAt) {
    }

    public void add(ScoreResult result) {
        ScoreResultEntity stored = new ScoreResultEntity();
        stored.evaluationId = result.evaluationId();
        stored.total = result.total();
        stored.grade = result.grade();
        stored.result = json.write(result);
        stored.scoredAt = result.scoredAt();
        persist(stored);
    }

    public Optional<ScoreResult> latest(long evaluationId) {
        return find("evaluationId = ?1 order by scoredAt desc, id desc", evaluationId).firstResultOptional().map(this::result);
    }

    /** The latest result of the latest scored evaluation of a whole department (no project line) of a kind. */
    public Optional<ScoreResult> latest(String department, int year, Kind kind) {
        return find("""
                select r from ScoreResultEntity r, EvaluationEntity e where e.id = r.evaluationId
                and e.department = ?1 and e.year = ?2 and e.kind = ?3 and e.lineCode is null and e.projectKey is null
                order by e.id desc, r.scoredAt desc, r.id desc""", department, year, kind)
                .firstResultOptional().map(this::result);
    }

    /** The latest result of the newest evaluation of that kind of one project of the department. */
    public Optional<ScoreResult> latest(String department, int year, Kind kind, String projectKey) {
        return find("""
                select r from ScoreResultEntity r, EvaluationEntity e where e.id = r.evaluationId
                and e.department = ?1 and e.year = ?2 and e.kind = ?3 and e.projectKey = ?4
                order by e.id desc, r.scoredAt desc, r.id desc""", department, year, kind, projectKey)
                .firstResultOptional().map(this::result);
    }

    /** The latest totals of several evaluations, in one query; unscored evaluations are absent. */
    public Map<Long, Latest> latestTotals(Collection<Long> evaluationIds) {
        Map<Long, Latest> latest = new HashMap<>();
        if (!evaluationIds.isEmpty()) {
            getEntityManager().createQuery("""
                    select r.evaluationId, r.total, r.grade, r.scoredAt from ScoreResultEntity r
                    where r.evaluationId in ?1 order by r.evaluationId, r.scoredAt desc, r.id desc""", Object[].class)
                    .setParameter(1, evaluationIds).getResultList()
                    .forEach(row -> latest.putIfAbsent((Long) row[0],
                            new Latest((BigDecimal) row[1], (String) row[2], (OffsetDateTime) row[3])));
        }
        return latest;
    }

    private ScoreResult result(ScoreResultEntity stored) {
        return json.read(stored.result, ScoreResult.class);
    }
}
