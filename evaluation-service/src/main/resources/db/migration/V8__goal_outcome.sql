-- 实际完成情况 of a project's 年度总体目标, as the department writes it in its 项目支出绩效自评表: entered with the
-- year-end actuals of an evaluation from approved targets, carried into the result at scoring (and from there into
-- report-service's table). NULL: not entered; the table then derives the sentence from the indicators.
ALTER TABLE evaluation ADD COLUMN goal_outcome TEXT CHECK (char_length(goal_outcome) BETWEEN 1 AND 2000);
