package org.jixiao.evaluation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The year's deadlines (table cycle_deadline): item → date per fiscal year. */
@ApplicationScoped
public class CycleRepository {
    private final EntityManager em;

    public CycleRepository(EntityManager em) {
        this.em = em;
    }

    public Map<String, LocalDate> deadlines(int year) {
        Map<String, LocalDate> items = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT item, due FROM cycle_deadline WHERE fiscal_year = ?1 ORDER BY item")
                .setParameter(1, year).getResultList();
        rows.forEach(r -> items.put((String) r[0], toDate(r[1])));
        return items;
    }

    /** One item's deadline for several years at once (a page of evaluations spans few years). */
    public Map<Integer, LocalDate> due(Collection<Integer> years, String item) {
        Map<Integer, LocalDate> due = new HashMap<>();
        if (!years.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT fiscal_year, due FROM cycle_deadline WHERE item = ?1 AND fiscal_year IN (?2)")
                    .setParameter(1, item).setParameter(2, years).getResultList();
            rows.forEach(r -> due.put(((Number) r[0]).intValue(), toDate(r[1])));
        }
        return due;
    }

    /** One row of the year's progress query: a department, what was done when, with its status. */
    public record Done(String department, String step, String checkpoint, String status, java.time.OffsetDateTime doneAt, Long evaluationId) {
    }

    /**
     * What every department did in the year, in one round trip: its DEPARTMENT target set (status, submitted), its
     * department monitoring records (checkpoint, status, recorded), its newest SELF department evaluation.
     */
    public List<Done> progress(int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT department, 'TARGETS', NULL::text, status, submitted_at, NULL::bigint FROM target_set
                 WHERE fiscal_year = ?1 AND scope = 'DEPARTMENT'
                UNION ALL
                SELECT department, 'MONITORING', to_char(checkpoint, 'MM-DD'), status, recorded_at, NULL::bigint FROM monitoring_record
                 WHERE fiscal_year = ?1 AND scope = 'DEPARTMENT'
                UNION ALL
                SELECT * FROM (SELECT DISTINCT ON (department) department, 'EVALUATION', NULL::text, status, submitted_at, id
                  FROM evaluation WHERE fiscal_year = ?1 AND kind = 'SELF' AND project_key IS NULL AND line_code IS NULL
                 ORDER BY department, id DESC) newest
                """).setParameter(1, year).getResultList();
        return rows.stream().map(r -> new Done((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                toOffset(r[4]), r[5] == null ? null : ((Number) r[5]).longValue())).toList();
    }

    private static java.time.OffsetDateTime toOffset(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }

    /** Replaces the year's deadlines with these. */
    public void replace(int year, Map<String, LocalDate> items) {
        em.createNativeQuery("DELETE FROM cycle_deadline WHERE fiscal_year = ?1").setParameter(1, year).executeUpdate();
        items.forEach((item, due) -> em.createNativeQuery("INSERT INTO cycle_deadline (fiscal_year, item, due) VALUES (?1, ?2, ?3)")
                .setParameter(1, year).setParameter(2, item).setParameter(3, due).executeUpdate());
    }

    private static LocalDate toDate(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
