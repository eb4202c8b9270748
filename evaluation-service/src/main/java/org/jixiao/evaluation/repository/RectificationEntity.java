package org.jixiao.evaluation.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.DynamicUpdate;
import org.jixiao.evaluation.domain.RectificationSource;
import org.jixiao.evaluation.domain.RectificationStatus;

/**
 * A rectification item (整改事项): a problem found in a department's year, what is done about it, by whom, by when.
 * Where it came from never changes; a DONE item never changes at all (trigger rectification_done_is_final).
 */
@Entity
@DynamicUpdate
@Table(name = "rectification")
public class RectificationEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(nullable = false, updatable = false)
    public String department;
    /** The fiscal year the problem was found in (the evaluation's or report's year). */
    @Column(name = "fiscal_year", nullable = false, updatable = false)
    public int year;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public RectificationSource source;
    @Column(name = "evaluation_id", updatable = false)
    public Long evaluationId;
    @Column(name = "node_code", updatable = false)
    public String nodeCode;
    @Column(name = "report_id", updatable = false)
    public Long reportId;
    @Column(name = "report_version", updatable = false)
    public Integer reportVersion;
    @Column(name = "rule_id", updatable = false)
    public String ruleId;
    /** One item per problem where it was found: evaluation and node, or report version and finding. */
    @Column(name = "source_key", updatable = false)
    public String sourceKey;
    @Column(nullable = false, updatable = false)
    public String problem;
    public String measure;
    public String owner;
    public LocalDate deadline;
    /** OPEN, IN_PROGRESS or DONE: OVERDUE is derived. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RectificationStatus status = RectificationStatus.OPEN;
    public String evidence;
    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();
    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt = OffsetDateTime.now();
    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
    @Column(name = "done_at")
    public OffsetDateTime doneAt;
}
