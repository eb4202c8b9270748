package org.jixiao.report.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class VersionRepository implements PanacheRepository<ReportVersion> {
    public List<ReportVersion> ofReport(long reportId) {
        return list("reportId = ?1 order by version", reportId);
    }

    public Optional<ReportVersion> find(long reportId, int version) {
        return find("reportId = ?1 and version = ?2", reportId, version).firstResultOptional();
    }

    /** The version with its row locked (SELECT … FOR UPDATE): publishing reads and writes its status one at a time. */
    public Optional<ReportVersion> lock(long reportId, int version) {
        return find("reportId = ?1 and version = ?2", reportId, version).withLock(LockModeType.PESSIMISTIC_WRITE)
                .singleResultOptional();
    }

    public int lastVersion(long reportId) {
        Integer max = getEntityManager().createQuery("select max(v.version) from ReportVersion v where v.reportId = :r", Integer.class)
                .setParameter("r", reportId).getSingleResult();
        return max == null ? 0 : max;
    }
}
