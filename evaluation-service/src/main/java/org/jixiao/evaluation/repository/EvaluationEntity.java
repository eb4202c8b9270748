package org.jixiao.evaluation.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jixiao.evaluation.domain.Kind;
import org.jixiao.platform.workflow.ReviewStatus;

/**
 * An evaluation of a department (or of one project line) for a fiscal year, bound to a framework version.
 * Updates write only the columns that changed, so entering an input (which touches updated_at) never
 * writes back the key tasks it read before a concurrent PUT of the tasks.
 */
@Entity
@DynamicUpdate
@Table(name = "evaluation")
public class EvaluationEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "framework_id")
    public FrameworkEntity framework;
    @Column(nullable = false)
    public String department;
    @Column(name = "fiscal_year", nullable = false)
    public int year;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;
    @Column(name = "line_code")
    public String lineCode;
    /** The budget-service project of a project evaluation read from approved targets (项目绩效目标). */
    @Column(name = "project_key")
    public String projectKey;
    /** The approved target set and the version its indicators were copied from, or null. */
    @Column(name = "target_set_id")
    public Long targetSetId;
    @Column(name = "target_version")
    public Integer targetVersion;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String tasks = "[]";
    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    public ReviewStatus status = ReviewStatus.DRAFT;
    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;
    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;
    @Column(name = "review_comment")
    public String reviewComment;
    @Column(name = "filed_at")
    public OffsetDateTime filedAt;
    /** 实际完成情况 of the approved 年度总体目标, as entered (null: not entered). */
    @Column(name = "goal_outcome")
    public String goalOutcome;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt = OffsetDateTime.now();
}
