-- The multisectoral co-operation's own data (Act 381/2023): what the core told it of its referrals,
-- the customer's consents to what the wellbeing services county and Kela may see, the joint
-- assessments of the need for multisectoral services, the joint plan in versions, and its follow-ups.
CREATE TABLE referral (
    id                 uuid          PRIMARY KEY,
    module_id          varchar(64)   NOT NULL,
    municipality_code  varchar(3)    NOT NULL,
    state              varchar(12)   NOT NULL,
    referred_on        date          NOT NULL,
    last_sequence      bigint        NOT NULL,
    updated_at         timestamp(6) with time zone NOT NULL
);
CREATE INDEX referral_open ON referral (referred_on) WHERE state IN ('referred', 'accepted', 'started');

-- A consent is given to one authority for one kind of information; withdrawing it ends it at once
-- and keeps the row, so that what was allowed when stays on record.
CREATE TABLE consent (
    id            uuid          PRIMARY KEY,
    referral_id   uuid          NOT NULL REFERENCES referral(id),
    authority     varchar(12)   NOT NULL CHECK (authority IN ('wellbeing', 'kela')),
    scope         varchar(12)   NOT NULL CHECK (scope IN ('assessment', 'plan')),
    given_on      date          NOT NULL,
    recorded_by   varchar(64)   NOT NULL,
    recorded_at   timestamp(6) with time zone NOT NULL,
    withdrawn_at  timestamp(6) with time zone,
    withdrawn_by  varchar(64)
);
CREATE UNIQUE INDEX consent_in_force ON consent (referral_id, authority, scope) WHERE withdrawn_at IS NULL;

CREATE TABLE assessment (
    id                   uuid           PRIMARY KEY,
    referral_id          uuid           NOT NULL REFERENCES referral(id),
    assessed_on          date           NOT NULL,
    work_capacity        boolean        NOT NULL,
    functional_capacity  boolean        NOT NULL,
    life_management      boolean        NOT NULL,
    wellbeing_took_part  boolean        NOT NULL,
    kela_took_part       boolean        NOT NULL,
    outcome              varchar(16)    NOT NULL CHECK (outcome IN ('multisectoral', 'other-services')),
    summary              varchar(4000)  NOT NULL,
    recorded_by          varchar(64)    NOT NULL,
    recorded_at          timestamp(6) with time zone NOT NULL,
    -- The law's criteria: a need for multisectoral services rests on at least one of them.
    CONSTRAINT assessment_criteria CHECK (outcome = 'other-services' OR work_capacity OR functional_capacity OR life_management)
);
CREATE INDEX assessment_referral ON assessment (referral_id, assessed_on);

CREATE TABLE plan (
    id                   uuid           PRIMARY KEY,
    referral_id          uuid           NOT NULL REFERENCES referral(id),
    version              integer        NOT NULL,
    agreed_on            date           NOT NULL,
    goals                varchar(4000)  NOT NULL,
    employment_services  varchar(2000)  NOT NULL,
    wellbeing_services   varchar(2000),
    kela_services        varchar(2000),
    next_review          date           NOT NULL,
    recorded_by          varchar(64)    NOT NULL,
    recorded_at          timestamp(6) with time zone NOT NULL,
    UNIQUE (referral_id, version)
);

CREATE TABLE follow_up (
    id            uuid           PRIMARY KEY,
    referral_id   uuid           NOT NULL REFERENCES referral(id),
    held_on       date           NOT NULL,
    authority     varchar(12)    NOT NULL CHECK (authority IN ('employment', 'wellbeing', 'kela')),
    progress      varchar(4000)  NOT NULL,
    next_review   date,
    recorded_by   varchar(64)    NOT NULL,
    recorded_at   timestamp(6) with time zone NOT NULL
);
CREATE INDEX follow_up_referral ON follow_up (referral_id, held_on);
