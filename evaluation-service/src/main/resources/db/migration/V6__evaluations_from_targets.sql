-- Year-end evaluations read the approved performance targets (绩效目标): an evaluation records the target set and
-- the version it copied, and a project evaluation names its budget-service project (projectKey).

ALTER TABLE evaluation ADD COLUMN target_set_id  BIGINT REFERENCES target_set (id);
ALTER TABLE evaluation ADD COLUMN target_version INTEGER;
ALTER TABLE evaluation ADD COLUMN project_key    VARCHAR(64);
ALTER TABLE evaluation ADD CONSTRAINT evaluation_target_version
    CHECK ((target_set_id IS NULL) = (target_version IS NULL));
CREATE INDEX evaluation_target_set_idx ON evaluation (target_set_id);

-- 项目支出绩效自评 from approved targets: 预算执行率 10 points, the project's own indicators (their weights
-- normalised to 90) in place of the TARGET_INDICATORS node, grouped by 一级 and 二级指标.
INSERT INTO framework (code, version, name, tree) VALUES ('PROJECT-TARGETS', 1, '项目支出绩效自评（按批复的绩效目标）', '{
  "code": "PROJECT-TARGETS", "name": "项目支出绩效自评（按批复的绩效目标）", "points": 100, "method": "SUM", "children": [
    {"code": "EXEC-RATE", "name": "预算执行率", "points": 10, "method": "EXECUTION_RATE"},
    {"code": "INDICATORS", "name": "绩效指标", "points": 90, "method": "TARGET_INDICATORS"}
  ]}');
