-- The subsidies module's own data. Money is in integer cents (bigint), never floating point.

-- A year's appropriation (määräraha) per kind. committed_cents grows only through decisions, in
-- the same transaction, with a conditional UPDATE; the CHECK is the last line of defence.
CREATE TABLE appropriation (
    year             integer      NOT NULL,
    kind             varchar(30)  NOT NULL,
    amount_cents     bigint       NOT NULL,
    committed_cents  bigint       NOT NULL DEFAULT 0,
    updated_at       timestamptz  NOT NULL,
    updated_by       varchar(100) NOT NULL,
    PRIMARY KEY (year, kind),
    CONSTRAINT appropriation_year CHECK (year BETWEEN 2000 AND 2100),
    CONSTRAINT appropriation_amount CHECK (amount_cents >= 0),
    CONSTRAINT appropriation_committed CHECK (committed_cents >= 0),
    CONSTRAINT appropriation_not_overdrawn CHECK (committed_cents <= amount_cents)
);

-- An application. The customer is the core's, referred to by id only. Employer subsidies name
-- the employer by its business ID (Y-tunnus) and kind; birth_date is kept only where an age
-- rule needs it (the module cannot read the core's customer data).
CREATE TABLE application (
    id                  uuid          PRIMARY KEY,
    kind                varchar(30)   NOT NULL,
    customer_id         uuid          NOT NULL,
    employer_business_id varchar(9),
    employer_name       varchar(200),
    employer_kind       varchar(20),
    apprenticeship      boolean       NOT NULL DEFAULT false,
    birth_date          date,
    full_time           boolean,
    requested_cents     bigint        NOT NULL,
    months              integer       NOT NULL,
    start_date          date          NOT NULL,
    status              varchar(20)   NOT NULL,
    priority            boolean       NOT NULL,
    created_by          varchar(100)  NOT NULL,
    created_at          timestamptz   NOT NULL,
    updated_at          timestamptz   NOT NULL,
    CONSTRAINT application_kind CHECK (kind IN ('pay-subsidy', 'employment-subsidy-55', 'start-up-grant',
        'travel-compensation', 'cost-compensation')),
    CONSTRAINT application_status CHECK (status IN ('pending', 'granted', 'partly', 'refused')),
    CONSTRAINT application_employer_kind CHECK (employer_kind IS NULL OR employer_kind IN ('company', 'public-body', 'third-sector')),
    CONSTRAINT application_business_id CHECK (employer_business_id IS NULL OR employer_business_id ~ '^[0-9]{7}-[0-9]$'),
    CONSTRAINT application_employer CHECK (kind NOT IN ('pay-subsidy', 'employment-subsidy-55')
        OR (employer_business_id IS NOT NULL AND employer_kind IS NOT NULL)),
    CONSTRAINT application_requested CHECK (requested_cents > 0),
    CONSTRAINT application_months CHECK (months BETWEEN 1 AND 120)
);
-- The pending queue: prioritised first, then oldest first.
CREATE INDEX application_queue ON application (status, priority DESC, created_at);
CREATE INDEX application_customer ON application (customer_id);

-- The decision on an application: one at most (the unique key stops a second one even if two
-- unit leads decide at the same moment on different nodes).
CREATE TABLE decision (
    id                  uuid          PRIMARY KEY,
    application_id      uuid          NOT NULL UNIQUE REFERENCES application (id),
    outcome             varchar(20)   NOT NULL,
    granted_cents       bigint        NOT NULL,
    appropriation_year  integer       NOT NULL,
    reasons             varchar(2000) NOT NULL,
    decided_by          varchar(100)  NOT NULL,
    decided_at          timestamptz   NOT NULL,
    CONSTRAINT decision_outcome CHECK (outcome IN ('granted', 'partly', 'refused')),
    CONSTRAINT decision_amount CHECK ((outcome = 'refused' AND granted_cents = 0) OR (outcome <> 'refused' AND granted_cents > 0))
);
