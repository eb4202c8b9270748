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
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jixiao.evaluation.domain.TargetGrade;

/** An approved version of a target set: version 1 the approval, n+1 an adjustment. Never changed (a trigger refuses). */
@Entity
@Immutable
@Table(name = "target_version")
public class TargetVersionEntity {
    /** How a version came to be. */
    public enum Kind {
        APPROVAL, ADJUSTMENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "target_set_id", nullable = false)
    public long targetSetId;
    @Column(nullable = false)
    public int version;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String content;
    public String reason;
    @Column(name = "document_no")
    public String documentNo;
    @Column(name = "effective_date")
    public LocalDate effectiveDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_grade")
    public TargetGrade reviewGrade;
    @Column(name = "review_comment")
    public String reviewComment;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();
}
