-- Jobs (platform org.jixiao.platform.jobs, docs/jobs.md): a year's batch operation and its items, each item a request
-- the service sends to itself with the starter's token. The token is never stored: it lives in memory for the run.
CREATE TABLE job (
    id          BIGSERIAL   PRIMARY KEY,
    type        TEXT        NOT NULL,
    params      JSONB       NOT NULL,
    params_key  TEXT        NOT NULL,
    status      TEXT        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'INTERRUPTED', 'DONE')),
    started_by  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    started_at  TIMESTAMPTZ,
    finished_at TIMESTAMPTZ
);
-- one unfinished job per type and canonical parameters: two starts at once cannot both create one
CREATE UNIQUE INDEX job_one_unfinished ON job (type, params_key) WHERE status <> 'DONE';
CREATE INDEX job_newest ON job (id DESC);

CREATE TABLE job_item (
    job_id      BIGINT      NOT NULL REFERENCES job (id),
    item_key    TEXT        NOT NULL,
    position    INTEGER     NOT NULL,
    label       TEXT        NOT NULL,
    method      TEXT        NOT NULL,
    path        TEXT        NOT NULL,
    status      TEXT        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'RUNNING', 'DONE', 'FAILED')),
    http_status INTEGER,
    reason      TEXT,
    attempts    INTEGER     NOT NULL DEFAULT 0,
    finished_at TIMESTAMPTZ,
    PRIMARY KEY (job_id, item_key)
);
CREATE INDEX job_item_pending ON job_item (job_id, position) WHERE status = 'PENDING';

-- A published version's PDF, rendered once by RENDER_PUBLISHED (POST …/versions/{v}/rendered) and served from here: a
-- published version never changes, so neither does its document. One row per version and format, replaced on re-render.
CREATE TABLE rendered_document (
    version_id  BIGINT      NOT NULL REFERENCES report_version (id),
    format      TEXT        NOT NULL CHECK (format IN ('pdf')),
    content     BYTEA       NOT NULL,
    sha256      TEXT        NOT NULL,
    rendered_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (version_id, format)
);
