-- The statutory service process: job-search periods, the tasks their rule set implies,
-- interviews held, and the employment plan in versions.

CREATE TABLE job_search_period (
    id                  uuid         PRIMARY KEY,
    customer_id         uuid         NOT NULL REFERENCES customer(id),
    municipality_code   varchar(3)   NOT NULL,
    start_date          date         NOT NULL,
    status              varchar(30)  NOT NULL,
    rule_set            varchar(20)  NOT NULL,
    unit                varchar(30)  NOT NULL,
    integration_plan    boolean      NOT NULL DEFAULT false,
    end_date            date,
    end_reason          varchar(200),
    created_at          timestamp(6) with time zone NOT NULL,
    created_by          varchar(64)  NOT NULL
);
-- A customer has at most one open job-search period.
CREATE UNIQUE INDEX job_search_period_one_open ON job_search_period (customer_id) WHERE end_date IS NULL;
CREATE INDEX job_search_period_customer ON job_search_period (customer_id, start_date DESC);
-- The nightly transfer from the initial services unit at three months.
CREATE INDEX job_search_period_open_unit_start ON job_search_period (unit, start_date) WHERE end_date IS NULL;
-- People approaching the municipal financing liability, per municipality.
CREATE INDEX job_search_period_open_municipality ON job_search_period (municipality_code, start_date) WHERE end_date IS NULL;

CREATE TABLE task (
    id                  uuid         PRIMARY KEY,
    period_id           uuid         NOT NULL REFERENCES job_search_period(id),
    customer_id         uuid         NOT NULL,
    municipality_code   varchar(3)   NOT NULL,
    step                varchar(60)  NOT NULL,
    window_from         date,
    due                 date         NOT NULL,
    owner_unit          varchar(30)  NOT NULL,
    owner_user          varchar(64),
    state               varchar(12)  NOT NULL,
    done_at             timestamp(6) with time zone,
    done_by             varchar(64),
    CONSTRAINT task_state CHECK (state IN ('open', 'done', 'cancelled')),
    CONSTRAINT task_step_once UNIQUE (period_id, step)
);
-- A caseworker's worklist and a unit's queue, both by due date, open tasks only.
CREATE INDEX task_worklist ON task (owner_user, due) WHERE state = 'open';
CREATE INDEX task_unit_queue ON task (owner_unit, due) WHERE state = 'open' AND owner_user IS NULL;
CREATE INDEX task_period ON task (period_id);

CREATE TABLE interview (
    id                  uuid         PRIMARY KEY,
    period_id           uuid         NOT NULL REFERENCES job_search_period(id),
    task_id             uuid         REFERENCES task(id),
    kind                varchar(20)  NOT NULL,
    held_on             date         NOT NULL,
    mode                varchar(20)  NOT NULL,
    prerequisites       varchar(4000),
    service_need        varchar(4000),
    notes               varchar(4000),
    recorded_at         timestamp(6) with time zone NOT NULL,
    recorded_by         varchar(64)  NOT NULL,
    CONSTRAINT interview_kind CHECK (kind IN ('initial', 'supplementary', 'job-search'))
);
CREATE INDEX interview_period ON interview (period_id, held_on);

-- Every update of the plan is a new version; earlier versions are kept as they were.
CREATE TABLE employment_plan (
    id                      uuid         PRIMARY KEY,
    period_id               uuid         NOT NULL REFERENCES job_search_period(id),
    version                 integer      NOT NULL,
    applications_per_month  integer      NOT NULL,
    agreed_services         varchar(4000),
    contact_method          varchar(20)  NOT NULL,
    notes                   varchar(4000),
    created_at              timestamp(6) with time zone NOT NULL,
    created_by              varchar(64)  NOT NULL,
    CONSTRAINT employment_plan_version UNIQUE (period_id, version)
);

-- Which unit served the period from when, and why it moved.
CREATE TABLE unit_assignment (
    id                  bigserial    PRIMARY KEY,
    period_id           uuid         NOT NULL REFERENCES job_search_period(id),
    unit                varchar(30)  NOT NULL,
    from_date           date         NOT NULL,
    reason              varchar(200) NOT NULL,
    assigned_by         varchar(64)  NOT NULL
);
CREATE INDEX unit_assignment_period ON unit_assignment (period_id, from_date);
