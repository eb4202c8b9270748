package org.jixiao.report.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
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

    /**
     * Inserts the section or, when the report has it already, replaces its text: one statement, so writers of the
     * same new section never collide on report_section_unique (the last write wins, every writer succeeds).
     */
    public ReportSection upsert(long reportId, String key, String text, Instant at) {
        Number id = (Number) getEntityManager().createNativeQuery("""
                INSERT INTO report_section (report_id, section_key, text, updated_at) VALUES (:report, :key, :text, :at)
                ON CONFLICT (report_id, section_key) DO UPDATE SET text = EXCLUDED.text, updated_at = EXCLUDED.updated_at
                RETURNING id""")
                .setParameter("report", reportId).setParameter("key", key).setParameter("text", text).setParameter("at", at)
                .getSingleResult();
        return findById(id.longValue());
    }
}
