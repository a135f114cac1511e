-- The training module's own data. A course never has more people selected on it than seats, and
-- the joint-purchase appropriation is never overdrawn: both are checked by the database under
-- any concurrency (conditional updates below these constraints).
CREATE TABLE course (
    id                    uuid          PRIMARY KEY,
    name                  varchar(200)  NOT NULL,
    kind                  varchar(20)   NOT NULL,
    joint_kind            varchar(10),
    provider              varchar(200)  NOT NULL,
    provider_account      varchar(64),
    language              varchar(2)    NOT NULL,
    place                 varchar(10)   NOT NULL,
    seats                 integer       NOT NULL,
    seats_taken           integer       NOT NULL DEFAULT 0,
    applications_open     date          NOT NULL,
    applications_close    date          NOT NULL,
    starts_on             date          NOT NULL,
    ends_on               date          NOT NULL,
    price_cents           bigint,
    employer_share_cents  bigint,
    employer_business_id  varchar(9),
    appropriation_year    integer,
    created_at            timestamp(6) with time zone NOT NULL,
    created_by            varchar(64)   NOT NULL,
    CONSTRAINT course_kind CHECK (kind IN ('labour-market', 'entrepreneurial', 'integration', 'change-security', 'joint-purchase')),
    CONSTRAINT course_joint CHECK ((kind = 'joint-purchase') = (joint_kind IS NOT NULL AND price_cents IS NOT NULL
        AND employer_share_cents IS NOT NULL AND employer_business_id IS NOT NULL AND appropriation_year IS NOT NULL)),
    CONSTRAINT course_place CHECK (place IN ('kotka', 'hamina', 'online')),
    CONSTRAINT course_seats CHECK (seats > 0 AND seats_taken >= 0 AND seats_taken <= seats),
    CONSTRAINT course_dates CHECK (applications_open <= applications_close AND starts_on <= ends_on)
);

-- The appropriation for joint-purchase training (yhteishankintakoulutus), a year at a time: each
-- joint-purchase course commits the area's share of its price when it is added.
CREATE TABLE appropriation (
    year             integer  PRIMARY KEY,
    amount_cents     bigint   NOT NULL,
    committed_cents  bigint   NOT NULL DEFAULT 0,
    updated_at       timestamp(6) with time zone NOT NULL,
    updated_by       varchar(64) NOT NULL,
    CONSTRAINT appropriation_not_overdrawn CHECK (committed_cents >= 0 AND committed_cents <= amount_cents)
);

-- What the core has told this module of the referrals made to it (by referral id only).
CREATE TABLE referral (
    id                 uuid          PRIMARY KEY,
    municipality_code  varchar(3)    NOT NULL,
    state              varchar(12)   NOT NULL,
    last_sequence      bigint        NOT NULL,
    updated_at         timestamp(6) with time zone NOT NULL
);

-- A referral applied to a course. 'selected' and 'started' hold a seat; the rest do not.
CREATE TABLE application (
    id                   uuid          PRIMARY KEY,
    referral_id          uuid          NOT NULL REFERENCES referral(id),
    course_id            uuid          NOT NULL REFERENCES course(id),
    state                varchar(12)   NOT NULL,
    funding              varchar(20)   NOT NULL,
    dismissed_on         date,
    applied_at           timestamp(6) with time zone NOT NULL,
    applied_by           varchar(64)   NOT NULL,
    decided_at           timestamp(6) with time zone,
    decided_by           varchar(64),
    note                 varchar(1000),
    CONSTRAINT application_state CHECK (state IN ('applied', 'selected', 'declined', 'started', 'completed', 'interrupted', 'withdrawn')),
    CONSTRAINT application_funding CHECK (funding IN ('area', 'refugee-background', 'joint-purchase'))
);
-- One open application per referral: a second one waits until the first ends.
CREATE UNIQUE INDEX application_open_per_referral ON application (referral_id) WHERE state IN ('applied', 'selected', 'started');
CREATE INDEX application_course ON application (course_id);
CREATE INDEX application_referral ON application (referral_id);
