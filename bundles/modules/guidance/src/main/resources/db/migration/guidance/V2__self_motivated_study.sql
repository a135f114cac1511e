-- Self-motivated study with unemployment benefit: one decision per referral, numbered per year
-- ("2026-17"), with the study's details, the caseworker's two findings, the supported period and
-- the version of the rules that was applied. The decider's name is kept as it printed on the decision.
CREATE TABLE study_decision_year (
    year         integer  PRIMARY KEY,
    last_number  integer  NOT NULL
);

CREATE TABLE study_decision (
    id                  uuid           PRIMARY KEY,
    referral_id         uuid           NOT NULL UNIQUE REFERENCES referral(id),
    number              varchar(16)    NOT NULL UNIQUE,
    decided_on          date           NOT NULL,
    outcome             varchar(16)    NOT NULL CHECK (outcome IN ('supported', 'not-supported')),
    language            varchar(2)     NOT NULL CHECK (language IN ('fi', 'sv', 'en')),
    institution         varchar(200)   NOT NULL,
    qualification       varchar(200)   NOT NULL,
    study_kind          varchar(40)    NOT NULL,
    full_time           boolean        NOT NULL,
    study_start         date           NOT NULL,
    study_end           date           NOT NULL CHECK (study_end >= study_start),
    improves_prospects  boolean        NOT NULL,
    most_appropriate    boolean        NOT NULL,
    supported_from      date,
    supported_until     date,
    reasoning           varchar(4000)  NOT NULL,
    rules_from          date           NOT NULL,
    decided_by          varchar(64)    NOT NULL,
    decider_name        varchar(200)   NOT NULL,
    recorded_at         timestamp(6) with time zone NOT NULL,
    CHECK ((outcome = 'supported') = (supported_from IS NOT NULL AND supported_until IS NOT NULL))
);
CREATE INDEX study_decision_day ON study_decision (decided_on);
