package org.jixiao.evaluation.repository;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.evaluation.domain.MonitoredIndicator;
import org.jixiao.evaluation.domain.MonitoringMoney;
import org.jixiao.evaluation.domain.MonitoringReason;
import org.jixiao.evaluation.domain.MonitoringStatus;
import org.jixiao.platform.paging.Page;
import org.jixiao.platform.paging.PageRequest;
import org.jixiao.platform.paging.Where;

/** Monitoring records (绩效运行监控), one per target set and checkpoint; indicators, money and reasons as JSON. */
@ApplicationScoped
public class MonitoringRepository implements PanacheRepository<MonitoringRecordEntity> {
    private final JsonColumns json;

    MonitoringRepository(JsonColumns json) {
        this.json = json;
    }

    public Optional<MonitoringRecordEntity> at(long targetSetId, LocalDate checkpoint) {
        return find("targetSetId = ?1 and checkpoint = ?2", targetSetId, checkpoint).firstResultOptional();
    }

    /** Every checkpoint of a target set, earliest first. */
    public List<MonitoringRecordEntity> of(long targetSetId) {
        return list("targetSetId", Sort.by("checkpoint"), targetSetId);
    }

    /**
     * The city-wide view: records filtered by each of year, checkpoint and department that is given, by status (when
     * none is given: YELLOW and RED), and by the departments the caller may see (null: all); by department, then id.
     */
    public Page<MonitoringRecordEntity> search(Set<String> visible, String department, Integer year, LocalDate checkpoint,
                                               MonitoringStatus status, PageRequest request) {
        Where where = new Where().in("department", visible).equal("department", department).equal("year", year)
                .equal("checkpoint", checkpoint).equal("status", status);
        String query = where.query();
        var params = where.params();
        if (status == null) {
            query += " and status in :notGreen";
            params.put("notGreen", List.of(MonitoringStatus.YELLOW, MonitoringStatus.RED));
        }
        PanacheQuery<MonitoringRecordEntity> found = find(query, Sort.by("department").and("id"), params);
        return Page.of(found.page(request.page(), request.size()).list(), found.count(), request);
    }

    /** A checkpoint's statuses per department: rows of (department, status, count), by department. */
    public List<Object[]> statusCounts(Set<String> visible, String department, LocalDate checkpoint) {
        Where where = new Where().in("department", visible).equal("department", department).equal("checkpoint", checkpoint);
        TypedQuery<Object[]> query = getEntityManager().createQuery("select department, status, count(*) from"
                + " MonitoringRecordEntity where " + where.query() + " group by department, status order by department, status",
                Object[].class);
        where.params().forEach(query::setParameter);
        return query.getResultList();
    }

    public String write(Object value) {
        return json.write(value);
    }

    public List<MonitoredIndicator> indicators(MonitoringRecordEntity record) {
        return json.read(record.indicators, new TypeReference<>() { });
    }

    public List<MonitoringReason> reasons(MonitoringRecordEntity record) {
        return json.read(record.reasons, new TypeReference<>() { });
    }

    public MonitoringMoney money(MonitoringRecordEntity record) {
        return json.read(record.money, MonitoringMoney.class);
    }
}
