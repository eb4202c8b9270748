package org.jixiao.report.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An immutable version of a report: the data snapshot as fetched, the narrative as it stood, their content hash and
 * the consistency findings. Only {@link #status} and {@link #publishedAt} are ever written after insert (the database
 * trigger report_version_immutable refuses anything else).
 */
@Entity
@Table(name = "report_version")
public class ReportVersion {
    public static final String DRAFT = "DRAFT";
    public static final String PUBLISHED = "PUBLISHED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "report_id", nullable = false, updatable = false)
    public long reportId;
    @Column(nullable = false, updatable = false)
    public int version;
    @Column(nullable = false, updatable = false)
    public String title;
    @Column(name = "as_of", nullable = false, updatable = false)
    public LocalDate asOf;
    @Column(name = "fetched_at", nullable = false, updatable = false)
    public Instant fetchedAt;
    @Column(nullable = false, updatable = false, columnDefinition = "text")
    public String snapshot;
    @Column(nullable = false, updatable = false, columnDefinition = "text")
    public String narrative;
    @Column(name = "content_hash", nullable = false, updatable = false, columnDefinition = "bpchar(64)")
    public String contentHash;
    @Column(nullable = false, updatable = false, columnDefinition = "text")
    public String findings;
    @Column(name = "fatal_count", nullable = false, updatable = false)
    public int fatalCount;
    @Column(name = "warning_count", nullable = false, updatable = false)
    public int warningCount;
    @Column(nullable = false)
    public String status;
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "published_at")
    public Instant publishedAt;
}
