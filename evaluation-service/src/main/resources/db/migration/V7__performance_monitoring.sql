-- Performance monitoring (绩效运行监控, "双监控"): at each configured checkpoint a department reports, per indicator of
-- its approved targets, the value reached so far, the expected year-end value, and for a shortfall its cause and remedy;
-- the service joins budget-service's execution as of the checkpoint and stores the computed status with its reasons.
-- One row per (target set, checkpoint): recording the same checkpoint again replaces the row (the audit trail keeps
-- the before/after summary). docs/monitoring.md.

CREATE TABLE monitoring_record (
    id               BIGSERIAL PRIMARY KEY,
    target_set_id    BIGINT        NOT NULL REFERENCES target_set (id),
    checkpoint       DATE          NOT NULL,
    department       VARCHAR(64)   NOT NULL,
    fiscal_year      INTEGER       NOT NULL,
    scope            VARCHAR(20)   NOT NULL CHECK (scope IN ('DEPARTMENT', 'PROJECT')),
    project_key      VARCHAR(64),
    project_name     VARCHAR(200),
    target_version   INTEGER       NOT NULL CHECK (target_version >= 1),
    -- every indicator with its target, the reported values and its own flag (domain/MonitoredIndicator)
    indicators       JSONB         NOT NULL,
    -- the money as read (domain/MonitoringMoney) and budget-service's answer as fetched, with when it was fetched
    money            JSONB         NOT NULL,
    budget_snapshot  JSONB         NOT NULL,
    fetched_at       TIMESTAMPTZ   NOT NULL,
    status           VARCHAR(10)   NOT NULL CHECK (status IN ('GREEN', 'YELLOW', 'RED')),
    reasons          JSONB         NOT NULL,
    recorded_by      VARCHAR(200)  NOT NULL,
    recorded_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT monitoring_record_unique UNIQUE (target_set_id, checkpoint),
    CONSTRAINT monitoring_record_in_year CHECK (EXTRACT(YEAR FROM checkpoint) = fiscal_year),
    CONSTRAINT monitoring_record_project_key CHECK ((scope = 'PROJECT') = (project_key IS NOT NULL))
);
-- the city-wide view: a year's checkpoint, by status; a department's summary at a checkpoint
CREATE INDEX monitoring_record_city ON monitoring_record (fiscal_year, checkpoint, status);
CREATE INDEX monitoring_record_department ON monitoring_record (department, fiscal_year, checkpoint);
