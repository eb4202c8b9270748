-- evaluation-service: versioned indicator frameworks, evaluations with their key tasks and
-- indicator inputs, and stored score results with the budget snapshot they used.

CREATE TABLE framework (
    id          BIGSERIAL PRIMARY KEY,
    code        VARCHAR(64)  NOT NULL,
    version     INTEGER      NOT NULL,
    name        VARCHAR(200) NOT NULL,
    tree        JSONB        NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT framework_version_unique UNIQUE (code, version)
);

CREATE TABLE evaluation (
    id                BIGSERIAL PRIMARY KEY,
    framework_id      BIGINT       NOT NULL REFERENCES framework (id),
    department        VARCHAR(64)  NOT NULL,
    fiscal_year       INTEGER      NOT NULL,
    kind              VARCHAR(20)  NOT NULL CHECK (kind IN ('SELF', 'FINANCE_REVIEW', 'THIRD_PARTY')),
    line_code         VARCHAR(64),
    tasks             JSONB        NOT NULL DEFAULT '[]',
    created_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX evaluation_department_idx ON evaluation (department, fiscal_year, kind);

CREATE TABLE indicator_input (
    id             BIGSERIAL PRIMARY KEY,
    evaluation_id  BIGINT      NOT NULL REFERENCES evaluation (id),
    code           VARCHAR(64) NOT NULL,
    input          JSONB       NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT indicator_input_unique UNIQUE (evaluation_id, code)
);

-- Every scoring is kept; the latest is the evaluation's result.
CREATE TABLE score_result (
    id             BIGSERIAL PRIMARY KEY,
    evaluation_id  BIGINT        NOT NULL REFERENCES evaluation (id),
    total          NUMERIC(7, 2) NOT NULL,
    grade          VARCHAR(20)   NOT NULL,
    result         JSONB         NOT NULL,
    scored_at      TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX score_result_evaluation_idx ON score_result (evaluation_id, scored_at DESC);
