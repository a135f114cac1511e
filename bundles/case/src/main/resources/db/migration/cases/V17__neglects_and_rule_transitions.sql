-- A neglect (laiminlyönti) of the job search or of a service, the customer's hearing, the decision
-- and the labour-policy statement (työvoimapoliittinen lausunto) to the benefit payer. The
-- consequence is the rule set's in force on the day of the neglect; it is kept as decided.
CREATE TABLE neglect (
    id                       uuid          PRIMARY KEY,
    period_id                uuid          NOT NULL REFERENCES job_search_period(id),
    customer_id              uuid          NOT NULL REFERENCES customer(id),
    municipality_code        varchar(3)    NOT NULL,
    kind                     varchar(30)   NOT NULL,
    occurred_on              date          NOT NULL,
    description              varchar(4000),
    recorded_at              timestamp(6) with time zone NOT NULL,
    recorded_by              varchar(64)   NOT NULL,
    hearing_deadline         date          NOT NULL,
    explanation              varchar(4000),
    explanation_received_on  date,
    state                    varchar(20)   NOT NULL CHECK (state IN ('hearing', 'neglect', 'valid-reason')),
    rule_set                 varchar(20)   NOT NULL,
    ordinal                  integer       NOT NULL,
    reminder                 boolean       NOT NULL,
    benefit_loss_days        integer       NOT NULL,
    requirement_weeks        integer       NOT NULL,
    job_search_ends          boolean       NOT NULL,
    rule                     varchar(1000) NOT NULL,
    source                   varchar(2000) NOT NULL,
    reasoning                varchar(4000),
    decided_at               timestamp(6) with time zone,
    decided_by               varchar(64),
    statement_recipient      varchar(10)   CHECK (statement_recipient IN ('kela', 'fund')),
    statement_fund           varchar(200),
    statement_sent_at        timestamp(6) with time zone,
    statement_sent_by        varchar(64)
);
CREATE INDEX neglect_customer ON neglect (customer_id, occurred_on);
CREATE INDEX neglect_period ON neglect (period_id);
CREATE INDEX neglect_decided ON neglect (decided_at) WHERE state <> 'hearing';

-- A rule set whose transitional provision reaches the job searches under way is applied to them
-- once, by the nightly run of the day it comes into force (or of the first night after it is
-- installed); a row claims the work, done_at says it was finished.
CREATE TABLE rule_transition (
    rule_set    varchar(20) PRIMARY KEY,
    started_at  timestamp(6) with time zone NOT NULL,
    done_at     timestamp(6) with time zone,
    periods     integer,
    changes     integer
);

-- A statutory step happens once per job search; a follow-up (a shortfall in applications, a
-- neglect to decide) may come again, one open at a time.
ALTER TABLE task DROP CONSTRAINT task_step_once;
CREATE UNIQUE INDEX task_step_once ON task (period_id, step) WHERE step NOT IN ('work-search-follow-up', 'neglect-decision');
CREATE UNIQUE INDEX task_follow_up_open ON task (period_id, step) WHERE state = 'open' AND step IN ('work-search-follow-up', 'neglect-decision');
