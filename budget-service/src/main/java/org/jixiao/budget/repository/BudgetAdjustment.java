package org.jixiao.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** 预算调整: a signed change (追加 positive, 调减 negative) effective from a date. */
@Entity
@Table(name = "budget_adjustment")
public class BudgetAdjustment extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "line_id")
    public BudgetLine line;

    @Column(nullable = false, precision = 18, scale = 2)
    public BigDecimal amount;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @Column(nullable = false, length = 500)
    public String reason;

    @Column(name = "document_no", nullable = false, length = 100)
    public String documentNo;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();
}
