-- Performance targets (绩效目标): declared with the budget by a department (申报), reviewed by finance (审核),
-- approved (批复) or returned. An approval stores version 1, every later adjustment (目标调整, with a reason,
-- a document number and a date) version n+1; version rows are never changed (the database refuses it).

CREATE TABLE target_set (
    id               BIGSERIAL PRIMARY KEY,
    department       VARCHAR(64)  NOT NULL,
    fiscal_year      INTEGER      NOT NULL,
    scope            VARCHAR(20)  NOT NULL CHECK (scope IN ('DEPARTMENT', 'PROJECT')),
    project_key      VARCHAR(64),
    project_name     VARCHAR(200),
    content          JSONB        NOT NULL,
    status           VARCHAR(20)  NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    review_comment   VARCHAR(2000),
    review_grade     VARCHAR(20)  CHECK (review_grade IN ('EXCELLENT', 'GOOD', 'FAIR', 'POOR')),
    current_version  INTEGER,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    submitted_at     TIMESTAMPTZ,
    reviewed_at      TIMESTAMPTZ,
    approved_at      TIMESTAMPTZ,
    CONSTRAINT target_set_project_key CHECK ((scope = 'PROJECT') = (project_key IS NOT NULL))
);
CREATE UNIQUE INDEX target_set_unique ON target_set (department, fiscal_year, scope, COALESCE(project_key, ''));

CREATE TABLE target_version (
    id              BIGSERIAL PRIMARY KEY,
    target_set_id   BIGINT        NOT NULL REFERENCES target_set (id),
    version         INTEGER       NOT NULL CHECK (version >= 1),
    kind            VARCHAR(20)   NOT NULL CHECK (kind IN ('APPROVAL', 'ADJUSTMENT')),
    content         JSONB         NOT NULL,
    reason          VARCHAR(2000),
    document_no     VARCHAR(100),
    effective_date  DATE,
    review_grade    VARCHAR(20),
    review_comment  VARCHAR(2000),
    created_by      VARCHAR(200)  NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT target_version_unique UNIQUE (target_set_id, version)
);

CREATE FUNCTION target_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'target_version rows are immutable: an adjustment adds a new version (% refused)', TG_OP
        USING ERRCODE = 'P0001';
END
$$;

CREATE TRIGGER target_version_immutable BEFORE UPDATE OR DELETE ON target_version
    FOR EACH ROW EXECUTE FUNCTION target_version_immutable();
CREATE TRIGGER target_version_no_truncate BEFORE TRUNCATE ON target_version
    FOR EACH STATEMENT EXECUTE FUNCTION target_version_immutable();
