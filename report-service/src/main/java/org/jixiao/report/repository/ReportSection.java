package org.jixiao.report.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One narrative section of a report, as last written. */
@Entity
@Table(name = "report_section")
public class ReportSection {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "report_id", nullable = false)
    public long reportId;
    @Column(name = "section_key", nullable = false)
    public String key;
    @Column(nullable = false, columnDefinition = "text")
    public String text;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
