package org.jixiao.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.evaluation.domain.RectificationStatus;
import org.jixiao.platform.paging.Page;
import org.jixiao.platform.paging.PageRequest;
import org.jixiao.platform.paging.Where;

/** Rectification items (table rectification). */
@ApplicationScoped
public class RectificationRepository implements PanacheRepository<RectificationEntity> {

    /**
     * Items by id, filtered by department, year and status as users see it on {@code today} (OVERDUE: not DONE and past
     * the deadline; OPEN and IN_PROGRESS: not overdue).
     *
     * @param visible the departments the caller may see, or null for all
     */
    public Page<RectificationEntity> search(String department, Set<String> visible, Integer year, RectificationStatus status,
                                            LocalDate today, PageRequest request) {
        Where where = new Where().in("department", visible).equal("department", department).equal("year", year);
        StringBuilder condition = new StringBuilder(where.query());
        java.util.Map<String, Object> params = new java.util.LinkedHashMap<>(where.params());
        if (status == RectificationStatus.DONE) {
            condition.append(" and status = :status");
            params.put("status", RectificationStatus.DONE);
        } else if (status == RectificationStatus.OVERDUE) {
            condition.append(" and status <> :done and deadline < :today");
            params.put("done", RectificationStatus.DONE);
            params.put("today", today);
        } else if (status != null) {
            condition.append(" and status = :status and (deadline is null or deadline >= :today)");
            params.put("status", status);
            params.put("today", today);
        }
        PanacheQuery<RectificationEntity> query = find(condition.toString(), Sort.by("id"), params);
        return Page.of(query.page(request.page(), request.size()).list(), query.count(), request);
    }

    /** Every item of a department's year, by id. */
    public List<RectificationEntity> ofYear(String department, int year) {
        return list("department = ?1 and year = ?2", Sort.by("id"), department, year);
    }

    public Optional<RectificationEntity> bySourceKey(String sourceKey) {
        return find("sourceKey", sourceKey).firstResultOptional();
    }

    /** Which of these source keys already have an item. */
    public Set<String> existingKeys(Collection<String> sourceKeys) {
        if (sourceKeys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager().createQuery(
                "select r.sourceKey from RectificationEntity r where r.sourceKey in ?1", String.class)
                .setParameter(1, sourceKeys).getResultList());
    }
}
