package org.jixiao.evaluation.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jixiao.evaluation.domain.TargetGrade;
import org.jixiao.evaluation.domain.TargetScope;
import org.jixiao.evaluation.domain.TargetStatus;

/** A target set (绩效目标) of a department, or of one of its projects, for a fiscal year; content as JSON. */
@Entity
@Table(name = "target_set")
public class TargetSetEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(nullable = false)
    public String department;
    @Column(name = "fiscal_year", nullable = false)
    public int year;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TargetScope scope;
    @Column(name = "project_key")
    public String projectKey;
    @Column(name = "project_name")
    public String projectName;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String content;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TargetStatus status = TargetStatus.DRAFT;
    @Column(name = "review_comment")
    public String reviewComment;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_grade")
    public TargetGrade reviewGrade;
    @Column(name = "current_version")
    public Integer currentVersion;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt = OffsetDateTime.now();
    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;
    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;
    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;
}
