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
        ReportSection stored = findById(id.longValue());
        getEntityManager().refresh(stored); // it may have been read earlier in this transaction, before the upsert
        return stored;
    }

    /** A section's current text, or null; read as a value, so no entity of it is held in the transaction. */
    public String text(long reportId, String key) {
        return getEntityManager().createQuery("select s.text from ReportSection s where s.reportId = :report and s.key = :key",
                        String.class).setParameter("report", reportId).setParameter("key", key)
                .getResultStream().findFirst().orElse(null);
    }
}
