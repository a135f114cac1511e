-- The terms the rules look at (issue 19): the ground of a pay subsidy, the employer's monthly pay
-- costs, working time, the months of unemployment, the length of the employment. Each is asked
-- only by the kinds whose rules need it; older applications have none, and the rules then cannot
-- say yes (a grant is refused until they are known).
ALTER TABLE application
    ADD COLUMN ground              varchar(30),
    ADD COLUMN pay_cost_cents      bigint CHECK (pay_cost_cents IS NULL OR pay_cost_cents > 0),
    ADD COLUMN weekly_hours        integer CHECK (weekly_hours IS NULL OR weekly_hours BETWEEN 1 AND 60),
    ADD COLUMN work_time_percent   integer CHECK (work_time_percent IS NULL OR work_time_percent BETWEEN 1 AND 100),
    ADD COLUMN unemployed_months   integer CHECK (unemployed_months IS NULL OR unemployed_months BETWEEN 0 AND 600),
    ADD COLUMN employment_months   integer CHECK (employment_months IS NULL OR employment_months BETWEEN 1 AND 120);
ALTER TABLE application DROP CONSTRAINT application_employer_kind;
ALTER TABLE application ADD CONSTRAINT application_employer_kind
    CHECK (employer_kind IS NULL OR employer_kind IN ('company', 'municipality', 'state', 'public-body', 'third-sector'));
