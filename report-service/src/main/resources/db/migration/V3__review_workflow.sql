-- The report's way through the finance bureau (docs/workflow.md): the department submits one of its versions
-- (DRAFT → SUBMITTED), finance accepts it (REVIEWED) or returns it with comments (RETURNED: edited, a new version,
-- submitted again), then files it (FILED, 备案). Only a DRAFT or RETURNED report takes section edits and new versions.
ALTER TABLE report
    ADD COLUMN status            VARCHAR(16) NOT NULL DEFAULT 'DRAFT'
        CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'REVIEWED', 'FILED')),
    ADD COLUMN submitted_version INTEGER CHECK (submitted_version >= 1),
    ADD COLUMN submitted_at      TIMESTAMPTZ,
    ADD COLUMN reviewed_at       TIMESTAMPTZ,
    ADD COLUMN review_comment    TEXT CHECK (char_length(review_comment) <= 2000),
    ADD COLUMN filed_at          TIMESTAMPTZ;
CREATE INDEX report_year_status ON report (year, status);
