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
import org.jixiao.budget.domain.Category;
import org.jixiao.budget.domain.FundingSource;

/** A budget line of a department and fiscal year: 年初预算数 by category and funding source. */
@Entity
@Table(name = "budget_line")
public class BudgetLine extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id")
    public Department department;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(name = "line_code", nullable = false, length = 64)
    public String lineCode;

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Category category;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_source", nullable = false, length = 16)
    public FundingSource fundingSource;

    @Column(name = "initial_amount", nullable = false, precision = 18, scale = 2)
    public BigDecimal initialAmount;

    /** The project (项目) the line belongs to, or null: a project's lines are read together. */
    @Column(name = "project_key", length = 64)
    public String projectKey;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();
}
