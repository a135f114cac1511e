-- Employer services' own data: the employer customers (one per business ID), their contact people,
-- the log of visits, events and advice; the vacancies; and the job seekers presented to an
-- employer for a vacancy, with exactly what the employer was shown.
CREATE TABLE employer (
    id                  uuid           PRIMARY KEY,
    business_id         varchar(9)     NOT NULL UNIQUE,
    name                varchar(200)   NOT NULL,
    sector              varchar(1),                 -- Statistics Finland's TOL 2008 section, A-U
    municipality_code   varchar(3)     NOT NULL,
    consent_to_contact  boolean        NOT NULL,
    presentation_way    varchar(500),               -- how the employer wants candidates presented, as agreed
    created_at          timestamp(6) with time zone NOT NULL,
    created_by          varchar(64)    NOT NULL
);
CREATE INDEX employer_name ON employer (lower(name) varchar_pattern_ops);

CREATE TABLE contact_person (
    id           uuid           PRIMARY KEY,
    employer_id  uuid           NOT NULL REFERENCES employer(id),
    name         varchar(200)   NOT NULL,
    title        varchar(100),
    phone        varchar(30),
    email        varchar(200),
    created_at   timestamp(6) with time zone NOT NULL
);
CREATE INDEX contact_person_employer ON contact_person (employer_id);

CREATE TABLE service_event (
    id           uuid           PRIMARY KEY,
    employer_id  uuid           NOT NULL REFERENCES employer(id),
    kind         varchar(12)    NOT NULL CHECK (kind IN ('visit', 'event', 'advice', 'phone', 'email')),
    topic        varchar(30)    NOT NULL CHECK (topic IN ('labour-availability', 'recruitment', 'business-start', 'business-development',
                                                          'change-security', 'subsidies', 'other')),
    happened_on  date           NOT NULL,
    notes        varchar(4000)  NOT NULL,
    dismissed    integer        CHECK (dismissed IS NULL OR dismissed > 0),   -- change security: how many people the employer dismisses
    recorded_by  varchar(64)    NOT NULL,
    recorded_at  timestamp(6) with time zone NOT NULL
);
CREATE INDEX service_event_employer ON service_event (employer_id, happened_on DESC);

CREATE TABLE vacancy (
    id                 uuid           PRIMARY KEY,
    employer_id        uuid           NOT NULL REFERENCES employer(id),
    title              varchar(200)   NOT NULL,
    occupation_code    varchar(5)     NOT NULL,
    municipality_code  varchar(3)     NOT NULL,
    workplace          varchar(200),
    languages          varchar(200)   NOT NULL,   -- ISO 639-1 codes, comma-separated
    driving_licence    boolean        NOT NULL,
    skills             varchar(2000)  NOT NULL,   -- lower case, comma-separated
    requirements       varchar(4000),
    starts_on          date,
    ends_on            date,                      -- null: permanent
    positions          integer        NOT NULL CHECK (positions BETWEEN 1 AND 1000),
    how_to_apply       varchar(2000)  NOT NULL,
    apply_by           date           NOT NULL,
    state              varchar(10)    NOT NULL CHECK (state IN ('draft', 'published', 'closed')),
    published_at       timestamp(6) with time zone,
    closed_at          timestamp(6) with time zone,
    created_by         varchar(64)    NOT NULL,
    created_at         timestamp(6) with time zone NOT NULL,
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX vacancy_employer ON vacancy (employer_id, created_at DESC);
CREATE INDEX vacancy_published ON vacancy (published_at) WHERE state = 'published';

CREATE TABLE presentation (
    id            uuid           PRIMARY KEY,
    vacancy_id    uuid           NOT NULL REFERENCES vacancy(id),
    customer_id   uuid           NOT NULL,
    shown         text           NOT NULL,   -- JSON: exactly what the employer was shown
    presented_on  date           NOT NULL,
    presented_by  varchar(64)    NOT NULL,
    recorded_at   timestamp(6) with time zone NOT NULL,
    UNIQUE (vacancy_id, customer_id)
);
