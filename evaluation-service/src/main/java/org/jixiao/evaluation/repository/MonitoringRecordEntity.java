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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jixiao.evaluation.domain.MonitoringStatus;
import org.jixiao.evaluation.domain.TargetScope;

/**
 * A target set's monitoring (绩效运行监控) at one checkpoint: the indicators as reported and flagged, the money and
 * budget-service's answer as fetched, the status with its reasons. Recording the checkpoint again replaces it.
 */
@Entity
@Table(name = "monitoring_record")
public class MonitoringRecordEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "target_set_id", nullable = false)
    public long targetSetId;
    @Column(nullable = false)
    public LocalDate checkpoint;
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
    @Column(name = "target_version", nullable = false)
    public int targetVersion;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String indicators;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String money;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "budget_snapshot", nullable = false, columnDefinition = "jsonb")
    public String budgetSnapshot;
    @Column(name = "fetched_at", nullable = false)
    public OffsetDateTime fetchedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MonitoringStatus status;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String reasons;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
