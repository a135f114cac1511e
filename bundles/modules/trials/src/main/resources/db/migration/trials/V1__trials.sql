-- The trials module's own data: what the core told it of its referrals, and the trials agreed on
-- them. A person is known here only by the key the core gives this bundle (the same for all of a
-- customer's referrals to it): enough to add up a person's months with one organiser, nothing more.
CREATE TABLE referral (
    id                 uuid          PRIMARY KEY,
    municipality_code  varchar(3)    NOT NULL,
    state              varchar(12)   NOT NULL,
    last_sequence      bigint        NOT NULL,
    updated_at         timestamp(6) with time zone NOT NULL
);

CREATE TABLE trial (
    id                    uuid          PRIMARY KEY,
    referral_id           uuid          NOT NULL REFERENCES referral(id),
    person_key            varchar(64)   NOT NULL,
    kind                  varchar(20)   NOT NULL,
    state                 varchar(12)   NOT NULL,
    organiser_name        varchar(200)  NOT NULL,
    organiser_business_id varchar(9)    NOT NULL,
    organiser_account     varchar(64),
    statutory_ground      varchar(20)   NOT NULL,
    policy_ground         varchar(1000) NOT NULL,
    tasks                 varchar(2000) NOT NULL,
    hours_per_day         numeric(3,1),
    days_per_week         integer,
    trial_days            integer,
    starts_on             date          NOT NULL,
    ends_on               date          NOT NULL,
    assurance             boolean       NOT NULL,
    agreed_at             timestamp(6) with time zone NOT NULL,
    agreed_by             varchar(64)   NOT NULL,
    updated_at            timestamp(6) with time zone,
    updated_by            varchar(64),
    note                  varchar(1000),
    CONSTRAINT trial_kind CHECK (kind IN ('work-trial', 'education-trial')),
    CONSTRAINT trial_state CHECK (state IN ('agreed', 'started', 'completed', 'interrupted')),
    CONSTRAINT trial_ground CHECK (statutory_ground IN ('career-options', 'return-to-work')),
    CONSTRAINT trial_dates CHECK (starts_on <= ends_on),
    -- A work trial never replaces an employee: the organiser's assurance is a condition of the agreement.
    CONSTRAINT trial_assurance CHECK (kind <> 'work-trial' OR assurance)
);
-- One trial per referral that is not over; the person's trials with an organiser are summed by this index.
CREATE UNIQUE INDEX trial_open_per_referral ON trial (referral_id) WHERE state IN ('agreed', 'started');
CREATE INDEX trial_person_organiser ON trial (person_key, organiser_business_id);
CREATE INDEX trial_organiser_account ON trial (organiser_account);
