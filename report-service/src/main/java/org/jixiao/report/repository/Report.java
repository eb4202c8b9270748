package org.jixiao.report.repository;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jixiao.platform.workflow.ReviewStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A self-evaluation report of a department and year, bound to an evaluation. */
@Entity
@Table(name = "report")
public class Report {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(nullable = false)
    public String department;
    @Column(nullable = false)
    public int year;
    @Column(name = "evaluation_id", nullable = false)
    public long evaluationId;
    public String title;
    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    public ReviewStatus status = ReviewStatus.DRAFT;
    /** The version submitted for review (the last one submitted). */
    @Column(name = "submitted_version")
    public Integer submittedVersion;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "reviewed_at")
    public Instant reviewedAt;
    @Column(name = "review_comment")
    public String reviewComment;
    @Column(name = "filed_at")
    public Instant filedAt;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
