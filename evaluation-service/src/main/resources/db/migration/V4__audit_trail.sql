-- The audit trail (platform AuditTrail, GET /api/v1/audit): every write and every refused attempt, append-only.
-- The same table in every service's own database; the database itself refuses UPDATE, DELETE and TRUNCATE.
CREATE TABLE audit_event (
    id             BIGSERIAL PRIMARY KEY,
    at             TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    subject        TEXT        NOT NULL,
    roles          TEXT[]      NOT NULL,
    departments    TEXT[]      NOT NULL,
    outcome        TEXT        NOT NULL CHECK (outcome IN ('DONE', 'REFUSED')),
    action         TEXT        NOT NULL,
    entity         TEXT        NOT NULL,
    entity_id      TEXT,
    operation      TEXT,
    before_summary TEXT,
    after_summary  TEXT
);
CREATE INDEX audit_event_subject ON audit_event (subject, id);
CREATE INDEX audit_event_entity ON audit_event (entity, entity_id, id);
CREATE INDEX audit_event_at ON audit_event (at);

CREATE FUNCTION audit_event_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'P0001';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
