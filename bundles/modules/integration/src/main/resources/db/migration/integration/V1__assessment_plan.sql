-- The integration module's own data (Act 681/2023): what the core told it of its referrals, the
-- initial assessments (alkukartoitus) with the language skills by CEFR level, and the integration
-- plans (kotoutumissuunnitelma) in versions. The responsible worker is a named integration specialist.
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

CREATE TABLE assessment (
    id             uuid           PRIMARY KEY,
    referral_id    uuid           NOT NULL REFERENCES referral(id),
    assessed_on    date           NOT NULL,
    education      varchar(2000)  NOT NULL,
    work_history   varchar(2000)  NOT NULL,
    literacy       varchar(12)    NOT NULL CHECK (literacy IN ('literate', 'partly', 'not-literate')),
    goals          varchar(2000)  NOT NULL,
    plan_needed    boolean        NOT NULL,
    summary        varchar(4000)  NOT NULL,
    responsible    varchar(64)    NOT NULL,
    recorded_by    varchar(64)    NOT NULL,
    recorded_at    timestamp(6) with time zone NOT NULL
);
CREATE INDEX assessment_referral ON assessment (referral_id, assessed_on);

-- Finnish and Swedish skills by the Common European Framework of Reference (CEFR), per skill.
CREATE TABLE language_skill (
    assessment_id  uuid         NOT NULL REFERENCES assessment(id),
    language       varchar(2)   NOT NULL CHECK (language IN ('fi', 'sv')),
    skill          varchar(10)  NOT NULL CHECK (skill IN ('listening', 'speaking', 'reading', 'writing')),
    level          varchar(6)   NOT NULL CHECK (level IN ('pre-A1', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    PRIMARY KEY (assessment_id, language, skill)
);

CREATE TABLE plan (
    id                    uuid           PRIMARY KEY,
    referral_id           uuid           NOT NULL REFERENCES referral(id),
    version               integer        NOT NULL,
    drawn_on              date           NOT NULL,
    valid_until           date           NOT NULL,
    goals                 varchar(4000)  NOT NULL,
    language_studies      varchar(2000)  NOT NULL,
    integration_training  boolean        NOT NULL,
    other_services        varchar(2000),
    responsible           varchar(64)    NOT NULL,
    recorded_by           varchar(64)    NOT NULL,
    recorded_at           timestamp(6) with time zone NOT NULL,
    UNIQUE (referral_id, version),
    CHECK (valid_until > drawn_on)
);
