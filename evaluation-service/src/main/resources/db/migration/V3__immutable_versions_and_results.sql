-- A framework version and a stored score are never changed: a change to a framework is a new
-- version (POST /api/v1/frameworks), a new scoring is a new score_result row. The database
-- enforces it, whatever the application does.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are immutable: add a new row instead', TG_TABLE_NAME;
END
$$;

CREATE TRIGGER framework_immutable BEFORE UPDATE ON framework
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER score_result_immutable BEFORE UPDATE ON score_result
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
