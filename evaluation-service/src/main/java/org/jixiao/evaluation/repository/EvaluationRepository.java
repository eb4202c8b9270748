package org.jixiao.evaluation.repository;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.jixiao.evaluation.domain.KeyTask;
import org.jixiao.evaluation.domain.EvaluationSubject;
import org.jixiao.evaluation.domain.Kind;
import org.jixiao.platform.workflow.ReviewStatus;
import org.jixiao.platform.paging.Page;
import org.jixiao.platform.paging.PageRequest;
import org.jixiao.platform.paging.Where;

/** Evaluations, with their key tasks held as a JSON column. */
@ApplicationScoped
public class EvaluationRepository implements PanacheRepository<EvaluationEntity> {
    private static final TypeReference<List<KeyTask>> TASKS = new TypeReference<>() {
    };

    private final JsonColumns json;

    EvaluationRepository(JsonColumns json) {
        this.json = json;
    }

    /**
     * Evaluations by id, filtered by each of department, year and kind that is given, a page at a time.
     *
     * @param visible the departments the caller may see, or null for all
     */
    /**
     * Evaluations by id, filtered by each of department, year, kind and project key that is given, and by subject:
     * DEPARTMENT (the department as a whole), PROJECT (a project or budget line), or both when null.
     */
    public Page<EvaluationEntity> search(String department, Set<String> visible, Integer year, Kind kind, String projectKey,
                                         EvaluationSubject subject, ReviewStatus status, PageRequest request) {
        Where where = new Where().in("department", visible).equal("department", department).equal("year", year)
                .equal("kind", kind).equal("projectKey", projectKey).equal("status", status);
        String condition = where.query() + (subject == null ? "" : switch (subject) {
            case DEPARTMENT -> " and projectKey is null and lineCode is null";
            case PROJECT -> " and (projectKey is not null or lineCode is not null)";
        });
        PanacheQuery<EvaluationEntity> query = find(condition, Sort.by("id"), where.params());
        return Page.of(query.page(request.page(), request.size()).list(), query.count(), request);
    }

    public List<KeyTask> tasks(EvaluationEntity evaluation) {
        return json.read(evaluation.tasks, TASKS);
    }

    public void setTasks(EvaluationEntity evaluation, List<KeyTask> tasks) {
        evaluation.tasks = json.write(tasks);
    }
}
