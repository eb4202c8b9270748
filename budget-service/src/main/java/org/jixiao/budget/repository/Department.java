package org.jixiao.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jixiao.budget.domain.GovernmentLevel;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** 部门 / 预算单位: a budget unit with its internal divisions (内设处室) and functions (主要职能). */
@Entity
@Table(name = "department")
public class Department extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 64)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<String> divisions = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<String> functions = new ArrayList<>();

    /** How its report refers to it (我局, 我委, 我镇, 本单位); null: derived from the name. */
    @Column(name = "self_reference", length = 10)
    public String selfReference;

    /** 市本级, 区本级, 县本级 or 镇本级; null: the installation's. */
    @Enumerated(EnumType.STRING)
    @Column(name = "government_level", length = 20)
    public GovernmentLevel governmentLevel;

    /** The area its spending-progress ranking covers (全市, 全区, 全县); null: the installation's. */
    @Column(name = "ranking_area", length = 10)
    public String rankingArea;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt = OffsetDateTime.now();
}
