-- report-service schema: reports, their narrative sections, immutable versions.

CREATE TABLE report (
    id            BIGSERIAL PRIMARY KEY,
    department    VARCHAR(64)  NOT NULL,
    year          INTEGER      NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    evaluation_id BIGINT       NOT NULL,
    title         VARCHAR(200),
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX report_department_year ON report (department, year);

CREATE TABLE report_section (
    id          BIGSERIAL PRIMARY KEY,
    report_id   BIGINT      NOT NULL REFERENCES report (id),
    section_key VARCHAR(40) NOT NULL,
    text        TEXT        NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT report_section_unique UNIQUE (report_id, section_key)
);

CREATE TABLE report_version (
    id            BIGSERIAL PRIMARY KEY,
    report_id     BIGINT       NOT NULL REFERENCES report (id),
    version       INTEGER      NOT NULL,
    title         VARCHAR(200) NOT NULL,
    as_of         DATE         NOT NULL,
    fetched_at    TIMESTAMPTZ  NOT NULL,
    snapshot      TEXT         NOT NULL,
    narrative     TEXT         NOT NULL,
    content_hash  CHAR(64)     NOT NULL,
    findings      TEXT         NOT NULL,
    fatal_count   INTEGER      NOT NULL,
    warning_count INTEGER      NOT NULL,
    status        VARCHAR(16)  NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED')),
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    published_at  TIMESTAMPTZ,
    CONSTRAINT report_version_unique UNIQUE (report_id, version)
);

-- A version never changes: only DRAFT → PUBLISHED (with its time) may be written, and nothing is deleted.
CREATE FUNCTION report_version_immutable() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'report_version % is immutable: delete refused', OLD.id USING ERRCODE = 'P0001';
    END IF;
    IF ROW(NEW.id, NEW.report_id, NEW.version, NEW.title, NEW.as_of, NEW.fetched_at, NEW.snapshot, NEW.narrative,
           NEW.content_hash, NEW.findings, NEW.fatal_count, NEW.warning_count, NEW.created_at)
       IS DISTINCT FROM
       ROW(OLD.id, OLD.report_id, OLD.version, OLD.title, OLD.as_of, OLD.fetched_at, OLD.snapshot, OLD.narrative,
           OLD.content_hash, OLD.findings, OLD.fatal_count, OLD.warning_count, OLD.created_at) THEN
        RAISE EXCEPTION 'report_version % is immutable: only its status may change', OLD.id USING ERRCODE = 'P0001';
    END IF;
    IF OLD.status = 'PUBLISHED' AND (NEW.status <> 'PUBLISHED' OR NEW.published_at IS DISTINCT FROM OLD.published_at) THEN
        RAISE EXCEPTION 'report_version % is published: it cannot be unpublished', OLD.id USING ERRCODE = 'P0001';
    END IF;
    IF NEW.status = 'PUBLISHED' AND OLD.status = 'DRAFT' AND NEW.fatal_count > 0 THEN
        RAISE EXCEPTION 'report_version % has FATAL findings: it cannot be published', OLD.id USING ERRCODE = 'P0001';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER report_version_immutable
    BEFORE UPDATE OR DELETE ON report_version
    FOR EACH ROW EXECUTE FUNCTION report_version_immutable();
