-- Rectification (整改, docs/workflow.md): a problem found in a year's self-evaluation, finance review, third-party
-- evaluation or report finding becomes an item with its measure, owner and deadline, worked on OPEN → IN_PROGRESS →
-- DONE (with evidence) and shown in the department's evaluation and report of the next year. OVERDUE is not stored:
-- it is derived (not DONE, the deadline passed in Asia/Shanghai).
CREATE TABLE rectification (
    id             BIGSERIAL     PRIMARY KEY,
    department     VARCHAR(64)   NOT NULL,
    fiscal_year    INTEGER       NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
    source         VARCHAR(24)   NOT NULL CHECK (source IN ('SELF_EVALUATION', 'FINANCE_REVIEW', 'THIRD_PARTY', 'REPORT_FINDING')),
    evaluation_id  BIGINT        REFERENCES evaluation (id),
    node_code      VARCHAR(64),
    report_id      BIGINT,
    report_version INTEGER,
    rule_id        VARCHAR(64),
    -- what makes the item unique where it came from (evaluation node, report finding): one item per problem
    source_key     VARCHAR(200)  UNIQUE,
    problem        TEXT          NOT NULL CHECK (char_length(problem) BETWEEN 1 AND 2000),
    measure        TEXT          CHECK (char_length(measure) <= 2000),
    owner          VARCHAR(200),
    deadline       DATE,
    status         VARCHAR(16)   NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE')),
    evidence       TEXT          CHECK (char_length(evidence) <= 2000),
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    created_by     VARCHAR(200)  NOT NULL,
    updated_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_by     VARCHAR(200)  NOT NULL,
    done_at        TIMESTAMPTZ,
    CHECK (status <> 'DONE' OR (done_at IS NOT NULL AND evidence IS NOT NULL AND btrim(evidence) <> '')),
    CHECK (source = 'REPORT_FINDING' OR report_id IS NULL),
    CHECK (source <> 'REPORT_FINDING' OR (report_id IS NOT NULL AND report_version IS NOT NULL AND rule_id IS NOT NULL))
);
CREATE INDEX rectification_department_year ON rectification (department, fiscal_year, id);

-- A DONE item is the record of what was done: the database refuses to change it, and refuses every DELETE.
CREATE FUNCTION rectification_done_is_final() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'rectification items are not deleted' USING ERRCODE = 'P0001';
    END IF;
    IF OLD.status = 'DONE' THEN
        RAISE EXCEPTION 'rectification % is DONE and does not change', OLD.id USING ERRCODE = 'P0001';
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER rectification_done_is_final BEFORE UPDATE OR DELETE ON rectification
    FOR EACH ROW EXECUTE FUNCTION rectification_done_is_final();
