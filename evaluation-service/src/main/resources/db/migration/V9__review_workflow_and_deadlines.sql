-- The year's cycle run by the finance bureau (docs/workflow.md): a self-evaluation moves DRAFT → SUBMITTED (by the
-- department) → REVIEWED (accepted by finance) or RETURNED (with comments, edited and submitted again) → FILED
-- (备案). Only DRAFT and RETURNED change; each transition is audited. The times say when, for the deadlines.
ALTER TABLE evaluation
    ADD COLUMN status         VARCHAR(16) NOT NULL DEFAULT 'DRAFT'
        CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'REVIEWED', 'FILED')),
    ADD COLUMN submitted_at   TIMESTAMPTZ,
    ADD COLUMN reviewed_at    TIMESTAMPTZ,
    ADD COLUMN review_comment TEXT CHECK (char_length(review_comment) <= 2000),
    ADD COLUMN filed_at       TIMESTAMPTZ;
CREATE INDEX evaluation_year_status ON evaluation (fiscal_year, status);

-- The deadlines the city sets for a year: TARGETS (绩效目标申报), MONITORING:MM-DD per checkpoint (绩效运行监控),
-- SELF_EVALUATION (自评提交), REPORT (自评报告提交). A date is inclusive, in the city's time zone.
CREATE TABLE cycle_deadline (
    fiscal_year INTEGER     NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
    item        VARCHAR(32) NOT NULL CHECK (item IN ('TARGETS', 'SELF_EVALUATION', 'REPORT') OR item ~ '^MONITORING:[0-1][0-9]-[0-3][0-9]$'),
    due         DATE        NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (fiscal_year, item)
);
