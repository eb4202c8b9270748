package org.jixiao.report.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SectionRepository implements PanacheRepository<ReportSection> {
    public List<ReportSection> ofReport(long reportId) {
        return list("reportId = ?1 order by key", reportId);
    }

    public Optional<ReportSection> find(long reportId, String key) {
        return find("reportId = ?1 and key = ?2", reportId, key).firstResultOptional();
    }
}
