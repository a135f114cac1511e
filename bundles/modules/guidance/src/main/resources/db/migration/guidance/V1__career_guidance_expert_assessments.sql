-- The guidance services' own data: what the core told the module of its referrals; for career and
-- occupational guidance the sessions, the customer's consents and the psychological assessments;
-- for expert assessments the appropriation per year, the orders and the providers' invoices.
CREATE TABLE referral (
    id                 uuid          PRIMARY KEY,
    module_id          varchar(64)   NOT NULL,
    service_type       varchar(40)   NOT NULL,
    municipality_code  varchar(3)    NOT NULL,
    state              varchar(12)   NOT NULL,
    referred_on        date          NOT NULL,
    last_sequence      bigint        NOT NULL,
    updated_at         timestamp(6) with time zone NOT NULL
);

CREATE TABLE session (
    id           uuid           PRIMARY KEY,
    referral_id  uuid           NOT NULL REFERENCES referral(id),
    held_on      date           NOT NULL,
    mode         varchar(12)    NOT NULL CHECK (mode IN ('face-to-face', 'phone', 'video', 'group')),
    notes        varchar(4000)  NOT NULL,
    recorded_by  varchar(64)    NOT NULL,
    recorded_at  timestamp(6) with time zone NOT NULL
);
CREATE INDEX session_referral ON session (referral_id, held_on);

-- 'methods': a psychologist may use psychological assessment methods; 'share-results': the other
-- staff of the area may read their results. Withdrawn: at once, the row kept.
CREATE TABLE consent (
    id            uuid          PRIMARY KEY,
    referral_id   uuid          NOT NULL REFERENCES referral(id),
    scope         varchar(14)   NOT NULL CHECK (scope IN ('methods', 'share-results')),
    given_on      date          NOT NULL,
    recorded_by   varchar(64)   NOT NULL,
    recorded_at   timestamp(6) with time zone NOT NULL,
    withdrawn_at  timestamp(6) with time zone,
    withdrawn_by  varchar(64)
);
CREATE UNIQUE INDEX consent_in_force ON consent (referral_id, scope) WHERE withdrawn_at IS NULL;

CREATE TABLE psychological_assessment (
    id            uuid           PRIMARY KEY,
    referral_id   uuid           NOT NULL REFERENCES referral(id),
    -- The consent to the methods in force when it was written (null only under a rule version that needs none).
    consent_id    uuid           REFERENCES consent(id),
    conducted_on  date           NOT NULL,
    method        varchar(200)   NOT NULL,
    results       varchar(4000)  NOT NULL,
    psychologist  varchar(64)    NOT NULL,
    recorded_at   timestamp(6) with time zone NOT NULL
);
CREATE INDEX psychological_assessment_referral ON psychological_assessment (referral_id);

CREATE TABLE appropriation (
    year          integer        PRIMARY KEY,
    amount_cents  bigint         NOT NULL CHECK (amount_cents >= 0),
    set_by        varchar(64)    NOT NULL,
    set_at        timestamp(6) with time zone NOT NULL
);

CREATE TABLE expert_order (
    id                uuid           PRIMARY KEY,
    referral_id       uuid           NOT NULL REFERENCES referral(id),
    year              integer        NOT NULL REFERENCES appropriation(year),
    kind              varchar(14)    NOT NULL CHECK (kind IN ('skills', 'work-ability', 'suitability')),
    provider          varchar(64)    NOT NULL,
    price_cents       bigint         NOT NULL CHECK (price_cents > 0),
    question          varchar(2000)  NOT NULL,
    ordered_on        date           NOT NULL,
    state             varchar(10)    NOT NULL CHECK (state IN ('ordered', 'delivered', 'cancelled')),
    delivered_on      date,
    report_summary    varchar(4000),
    recorded_by       varchar(64)    NOT NULL,
    recorded_at       timestamp(6) with time zone NOT NULL
);
CREATE INDEX expert_order_year ON expert_order (year) WHERE state <> 'cancelled';
CREATE INDEX expert_order_provider ON expert_order (provider, ordered_on);

CREATE TABLE invoice (
    id              uuid          PRIMARY KEY,
    order_id        uuid          NOT NULL REFERENCES expert_order(id),
    invoice_number  varchar(40)   NOT NULL,
    amount_cents    bigint        NOT NULL CHECK (amount_cents > 0),
    received_on     date          NOT NULL,
    recorded_by     varchar(64)   NOT NULL,
    recorded_at     timestamp(6) with time zone NOT NULL,
    UNIQUE (order_id, invoice_number)
);
