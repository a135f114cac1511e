-- Placement, the job seekers' side: the job-search profile (the basis of matching), the job offers
-- made to a job seeker (directions to apply for a vacancy of an employer-services module, with
-- what the module said of the vacancy then), and the monthly reports of applications sent,
-- compared with the employment plan's number.
CREATE TABLE job_search_profile (
    customer_id         uuid           PRIMARY KEY REFERENCES customer(id),
    occupations         varchar(5)[]   NOT NULL,   -- ISCO-08 codes, 4 or 5 digits
    municipalities      varchar(3)[]   NOT NULL,   -- where the job seeker wants to work; empty: anywhere
    languages           varchar(2)[]   NOT NULL,   -- ISO 639-1
    skills              varchar(60)[]  NOT NULL,   -- lower case
    education           varchar(200),
    driving_licence     boolean        NOT NULL,
    available_from      date,
    consent_to_present  boolean        NOT NULL,
    -- For matching: 'minor group:municipality' for each wanted occupation and place ('*' for anywhere),
    -- so one index lookup finds the profiles of an occupation group wanting work in a place.
    match_keys          varchar(12)[]  NOT NULL,
    version             integer        NOT NULL,
    updated_at          timestamp(6) with time zone NOT NULL,
    updated_by          varchar(64)    NOT NULL
);
CREATE INDEX job_search_profile_match ON job_search_profile USING gin (match_keys);

CREATE TABLE job_offer (
    id                 uuid           PRIMARY KEY,
    customer_id        uuid           NOT NULL REFERENCES customer(id),
    vacancy_id         uuid           NOT NULL,
    vacancy_title      varchar(200)   NOT NULL,
    employer_name      varchar(200)   NOT NULL,
    municipality_code  varchar(3)     NOT NULL,
    occupation_code    varchar(5)     NOT NULL,
    apply_by           date,
    offered_on         date           NOT NULL,
    offered_by         varchar(64)    NOT NULL,
    response           varchar(12)    CHECK (response IN ('applied', 'not-applied')),
    response_note      varchar(1000),
    responded_on       date,
    outcome            varchar(12)    CHECK (outcome IN ('hired', 'not-hired')),
    outcome_on         date,
    created_at         timestamp(6) with time zone NOT NULL,
    CONSTRAINT job_offer_once UNIQUE (customer_id, vacancy_id),
    CONSTRAINT job_offer_outcome_after_response CHECK (outcome IS NULL OR response = 'applied')
);
CREATE INDEX job_offer_vacancy ON job_offer (vacancy_id, offered_on DESC);
CREATE INDEX job_offer_customer ON job_offer (customer_id, offered_on DESC);

CREATE TABLE work_search_report (
    period_id     uuid          NOT NULL REFERENCES job_search_period(id),
    month         date          NOT NULL CHECK (extract(day FROM month) = 1),
    applications  integer       NOT NULL CHECK (applications >= 0),
    required      integer       NOT NULL CHECK (required >= 0),
    reported_at   timestamp(6) with time zone NOT NULL,
    reported_by   varchar(64)   NOT NULL,
    PRIMARY KEY (period_id, month)
);
