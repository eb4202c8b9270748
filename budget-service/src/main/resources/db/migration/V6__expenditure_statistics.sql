-- The planner's estimate for one department-year of payments: with department and year taken as
-- independent, a department with years of history looked like a large share of the table and its
-- current month was summed by scanning every payment of the city (66 ms instead of 2 ms).
CREATE STATISTICS expenditure_department_year (mcv) ON department_id, fiscal_year FROM expenditure;
