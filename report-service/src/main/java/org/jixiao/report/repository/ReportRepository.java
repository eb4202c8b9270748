package org.jixiao.report.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.platform.paging.Where;
import org.jixiao.report.domain.board.ReportProgress;

@ApplicationScoped
public class ReportRepository implements PanacheRepository<Report> {

    public record Slice(List<Report> items, long total) {
    }

    /** @param visible the departments the caller may see, or null for all */
    public Slice search(String department, Set<String> visible, Integer year, int page, int size) {
        Where where = new Where().in("department", visible).equal("department", department).equal("year", year);
        var query = find(where.query(), Sort.by("id"), where.params());
        return new Slice(query.page(Page.of(page, size)).list(), query.count());
    }

    /**
     * Each department's newest report of the year, with its review status, last submission and newest published
     * version: one query for the city board (index report_department_year).
     */
    public List<ReportProgress> progress(int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT DISTINCT ON (r.department) r.department, r.id, r.status, r.submitted_at,
                       (SELECT max(v.version) FROM report_version v WHERE v.report_id = r.id AND v.status = 'PUBLISHED')
                  FROM report r WHERE r.year = ?1 ORDER BY r.department, r.id DESC""").setParameter(1, year).getResultList();
        return rows.stream().map(r -> new ReportProgress((String) r[0], ((Number) r[1]).longValue(), (String) r[2],
                r[3] == null ? null : r[3] instanceof java.sql.Timestamp t ? t.toInstant() : r[3] instanceof java.time.OffsetDateTime o
                        ? o.toInstant() : (java.time.Instant) r[3], r[4] == null ? null : ((Number) r[4]).intValue())).toList();
    }

    /** Locks the report row: versions of one report are numbered one at a time. */
    public Optional<Report> lockById(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
