-- How a department's report speaks (docs/budget.md, "Departments"): how it refers to itself (我局, 我委, 我办, 我镇, 本单位),
-- its government level (市本级, 区本级, 县本级, 镇本级) and the area its spending ranking covers (全市, 全区, 全县).
-- All optional: report-service derives the first from the name and takes the others from its installation settings.
ALTER TABLE department ADD COLUMN self_reference   VARCHAR(10);
ALTER TABLE department ADD COLUMN government_level VARCHAR(20) CHECK (government_level IN ('MUNICIPAL', 'DISTRICT', 'COUNTY', 'TOWN'));
ALTER TABLE department ADD COLUMN ranking_area     VARCHAR(10);
