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

    /** Locks the report row: versions of one report are numbered one at a time. */
    public Optional<Report> lockById(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
