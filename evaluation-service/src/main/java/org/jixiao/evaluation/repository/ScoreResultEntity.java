package org.jixiao.evaluation.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored scoring: the result JSON with the budget snapshot and framework version it used. */
@Entity
@Table(name = "score_result")
public class ScoreResultEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "evaluation_id", nullable = false)
    public Long evaluationId;
    @Column(nullable = false, precision = 7, scale = 2)
    public BigDecimal total;
    @Column(nullable = false)
    public String grade;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String result;
    @Column(name = "scored_at", nullable = false)
    public OffsetDateTime scoredAt = OffsetDateTime.now();
}
