package org.jixiao.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.evaluation.domain.TargetContent;
import org.jixiao.evaluation.domain.TargetScope;
import org.jixiao.evaluation.domain.TargetStatus;
import org.jixiao.platform.paging.Page;
import org.jixiao.platform.paging.PageRequest;
import org.jixiao.platform.paging.Where;

/** Target sets and their versions, content held as JSON columns. */
@ApplicationScoped
public class TargetRepository implements PanacheRepository<TargetSetEntity> {
    private final JsonColumns json;

    TargetRepository(JsonColumns json) {
        this.json = json;
    }

    /**
     * Target sets by id, filtered by each of department, year, scope and status that is given, a page at a time.
     *
     * @param visible the departments the caller may see, or null for all
     */
    public Page<TargetSetEntity> search(String department, Set<String> visible, Integer year, TargetScope scope,
                                        TargetStatus status, String projectKey, PageRequest request) {
        Where where = new Where().in("department", visible).equal("department", department).equal("year", year)
                .equal("scope", scope).equal("status", status).equal("projectKey", projectKey);
        PanacheQuery<TargetSetEntity> query = find(where.query(), Sort.by("id"), where.params());
        return Page.of(query.page(request.page(), request.size()).list(), query.count(), request);
    }

    /** The set, locked for the rest of the transaction: one lifecycle step at a time. */
    public Optional<TargetSetEntity> forUpdate(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The set of a department, year, scope and (PROJECT scope) project, if declared. */
    public Optional<TargetSetEntity> find(String department, int year, TargetScope scope, String projectKey) {
        return projectKey == null
                ? find("department = ?1 and year = ?2 and scope = ?3 and projectKey is null", department, year, scope)
                .firstResultOptional()
                : find("department = ?1 and year = ?2 and scope = ?3 and projectKey = ?4", department, year, scope,
                projectKey).firstResultOptional();
    }

    public boolean exists(String department, int year, TargetScope scope, String projectKey) {
        return projectKey == null
                ? count("department = ?1 and year = ?2 and scope = ?3 and projectKey is null", department, year, scope) > 0
                : count("department = ?1 and year = ?2 and scope = ?3 and projectKey = ?4", department, year, scope,
                projectKey) > 0;
    }

    public TargetContent content(TargetSetEntity set) {
        return json.read(set.content, TargetContent.class);
    }

    public TargetContent content(TargetVersionEntity version) {
        return json.read(version.content, TargetContent.class);
    }

    public String write(TargetContent content) {
        return json.write(content);
    }

    public void addVersion(TargetVersionEntity version) {
        getEntityManager().persist(version);
    }

    public List<TargetVersionEntity> versions(long targetSetId) {
        return getEntityManager().createQuery("from TargetVersionEntity where targetSetId = :id order by version",
                TargetVersionEntity.class).setParameter("id", targetSetId).getResultList();
    }

    public Optional<TargetVersionEntity> version(long targetSetId, int version) {
        return getEntityManager().createQuery("from TargetVersionEntity where targetSetId = :id and version = :v",
                TargetVersionEntity.class).setParameter("id", targetSetId).setParameter("v", version)
                .getResultStream().findFirst();
    }
}
