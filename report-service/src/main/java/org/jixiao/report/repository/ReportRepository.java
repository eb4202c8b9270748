package org.jixiao.report.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class ReportRepository implements PanacheRepository<Report> {

    public record Slice(List<Report> items, long total) {
    }

    /** @param visible the departments the caller may see, or null for all */
    public Slice search(String department, Set<String> visible, Integer year, int page, int size) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (visible != null) {
            q.append(" and department in :visible");
            p.and("visible", visible.isEmpty() ? Set.of("") : visible);
        }
        if (department != null && !department.isBlank()) {
            q.append(" and department = :department");
            p.and("department", department);
        }
        if (year != null) {
            q.append(" and year = :year");
            p.and("year", year);
        }
        var query = find(q.toString(), Sort.by("id"), p);
        return new Slice(query.page(Page.of(page, size)).list(), query.count());
    }

    /** Locks the report row: versions of one report are numbered one at a time. */
    public Optional<Report> lockById(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
