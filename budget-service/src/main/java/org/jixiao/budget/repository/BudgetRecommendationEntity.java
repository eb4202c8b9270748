package org.jixiao.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jixiao.budget.domain.BudgetAction;
import org.jixiao.budget.domain.Recommendation;

/** A stored results-application row (结果应用) for a budget year. */
@Entity
@Table(name = "budget_recommendation")
public class BudgetRecommendationEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id")
    public Department department;
    @Column(name = "project_key", length = 64)
    public String projectKey;
    @Column(nullable = false, length = 200)
    public String subject;
    @Column(name = "evaluation_year", nullable = false)
    public int evaluationYear;
    @Column(nullable = false, length = 16)
    public String grade;
    @Column(nullable = false, precision = 7, scale = 2)
    public BigDecimal total;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public BudgetAction action;
    @Column(name = "cut_percent", precision = 5, scale = 2)
    public BigDecimal cutPercent;
    @Column(nullable = false, length = 100)
    public String wording;
    @Column(nullable = false, length = 20)
    public String basis;
    @Column(name = "evaluation_id", nullable = false)
    public long evaluationId;
    @Column(nullable = false)
    public boolean filed;
    @Column(name = "imported_at", nullable = false)
    public OffsetDateTime importedAt = OffsetDateTime.now();

    public Recommendation toRecommendation(String departmentCode) {
        return new Recommendation(departmentCode, projectKey, subject, evaluationYear, grade, total, action, cutPercent,
                wording, basis, evaluationId, filed);
    }
}
