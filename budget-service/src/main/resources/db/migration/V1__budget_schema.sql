-- budget-service schema: departments, budget lines, adjustments, expenditures and the
-- per-month / per-day aggregates that serve execution and ranking reads.

CREATE TABLE department (
    id          BIGSERIAL PRIMARY KEY,
    code        VARCHAR(64)  NOT NULL UNIQUE,
    name        VARCHAR(200) NOT NULL,
    divisions   JSONB        NOT NULL DEFAULT '[]',
    functions   JSONB        NOT NULL DEFAULT '[]',
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- One row per department and fiscal year: when its budget data last changed (staleness checks
-- downstream) and its own cumulative monthly spending plan (benchmark PLAN).
CREATE TABLE department_year (
    department_id   BIGINT      NOT NULL REFERENCES department (id),
    fiscal_year     INTEGER     NOT NULL,
    last_changed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    monthly_plan    JSONB,
    PRIMARY KEY (department_id, fiscal_year)
);

CREATE TABLE budget_line (
    id              BIGSERIAL PRIMARY KEY,
    department_id   BIGINT         NOT NULL REFERENCES department (id),
    fiscal_year     INTEGER        NOT NULL,
    line_code       VARCHAR(64)    NOT NULL,
    name            VARCHAR(200)   NOT NULL,
    category        VARCHAR(16)    NOT NULL CHECK (category IN ('BASIC', 'PROJECT')),
    funding_source  VARCHAR(16)    NOT NULL CHECK (funding_source IN ('MUNICIPAL', 'TRANSFER', 'CARRY_OVER', 'OTHER')),
    initial_amount  NUMERIC(18, 2) NOT NULL,
    created_at      TIMESTAMPTZ    NOT NULL DEFAULT now(),
    CONSTRAINT budget_line_code_unique UNIQUE (department_id, fiscal_year, line_code)
);
CREATE INDEX budget_line_year_idx ON budget_line (fiscal_year, department_id);

CREATE TABLE budget_adjustment (
    id              BIGSERIAL PRIMARY KEY,
    line_id         BIGINT         NOT NULL REFERENCES budget_line (id),
    amount          NUMERIC(18, 2) NOT NULL,
    effective_date  DATE           NOT NULL,
    reason          VARCHAR(500)   NOT NULL,
    document_no     VARCHAR(100)   NOT NULL,
    created_at      TIMESTAMPTZ    NOT NULL DEFAULT now()
);
CREATE INDEX budget_adjustment_line_idx ON budget_adjustment (line_id, effective_date);

-- Payments from the finance platform. The primary key is the idempotency key, and the only
-- index, so that bulk COPY stays cheap. Reads use the monthly aggregate below for whole months;
-- the days of a month not yet ended are summed from here, through the primary key's prefix.
CREATE TABLE expenditure (
    department_id  BIGINT         NOT NULL,
    fiscal_year    INTEGER        NOT NULL,
    voucher_no     VARCHAR(64)    NOT NULL,
    line_id        BIGINT         NOT NULL,
    paid_on        DATE           NOT NULL,
    amount         NUMERIC(18, 2) NOT NULL,
    description    VARCHAR(500),
    PRIMARY KEY (department_id, fiscal_year, voucher_no)
);

CREATE TABLE line_monthly_spending (
    line_id   BIGINT         NOT NULL REFERENCES budget_line (id),
    month     SMALLINT       NOT NULL CHECK (month BETWEEN 1 AND 12),
    spent     NUMERIC(18, 2) NOT NULL,
    payments  INTEGER        NOT NULL,
    PRIMARY KEY (line_id, month)
);
