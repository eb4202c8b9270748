-- Results application (结果应用): next year's budget advice per department (project_key NULL) and per project, as
-- imported from evaluation-service's export. fiscal_year is the budget year the advice applies to; evaluation_year
-- the year evaluated (fiscal_year - 1). An import replaces a year's set as a whole.
CREATE TABLE budget_recommendation (
    id               BIGSERIAL PRIMARY KEY,
    fiscal_year      INTEGER       NOT NULL,
    department_id    BIGINT        NOT NULL REFERENCES department (id),
    project_key      VARCHAR(64),
    subject          VARCHAR(200)  NOT NULL,
    evaluation_year  INTEGER       NOT NULL,
    grade            VARCHAR(16)   NOT NULL,
    total            NUMERIC(7, 2) NOT NULL,
    action           VARCHAR(16)   NOT NULL CHECK (action IN ('PRIORITY', 'KEEP', 'CUT', 'CANCEL')),
    cut_percent      NUMERIC(5, 2) CHECK (cut_percent >= 0 AND cut_percent <= 100),
    wording          VARCHAR(100)  NOT NULL,
    basis            VARCHAR(20)   NOT NULL CHECK (basis IN ('SELF', 'FINANCE_REVIEW')),
    evaluation_id    BIGINT        NOT NULL,
    filed            BOOLEAN       NOT NULL,
    imported_at      TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX budget_recommendation_subject ON budget_recommendation (fiscal_year, department_id, COALESCE(project_key, ''));
