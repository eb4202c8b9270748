-- A project (项目) of a department groups one or more budget lines of a fiscal year (this year's appropriation,
-- last year's carry-over, other funds): its execution and its performance targets are read across them.
ALTER TABLE budget_line ADD COLUMN project_key VARCHAR(64);
CREATE INDEX budget_line_project_idx ON budget_line (department_id, fiscal_year, project_key) WHERE project_key IS NOT NULL;
