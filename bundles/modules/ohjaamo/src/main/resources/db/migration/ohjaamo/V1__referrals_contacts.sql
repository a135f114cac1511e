-- The Ohjaamo module's own data: what the core told it of its referrals (to which of the
-- municipalities' Ohjaamo instances), and the contacts the Ohjaamo workers record with their outcomes.
CREATE TABLE referral (
    id                 uuid          PRIMARY KEY,
    module_id          varchar(64)   NOT NULL,
    municipality_code  varchar(3)    NOT NULL,
    state              varchar(12)   NOT NULL,
    last_sequence      bigint        NOT NULL,
    updated_at         timestamp(6) with time zone NOT NULL
);
CREATE INDEX referral_module ON referral (module_id);

CREATE TABLE contact (
    id            uuid           PRIMARY KEY,
    referral_id   uuid           NOT NULL REFERENCES referral(id),
    contacted_on  date           NOT NULL,
    channel       varchar(12)    NOT NULL,
    outcome       varchar(16)    NOT NULL,
    note          varchar(1000)  NOT NULL,
    recorded_at   timestamp(6) with time zone NOT NULL,
    recorded_by   varchar(64)    NOT NULL,
    CONSTRAINT contact_channel CHECK (channel IN ('in-person', 'phone', 'online', 'outreach')),
    CONSTRAINT contact_outcome CHECK (outcome IN ('continues', 'education', 'work', 'other-service', 'no-contact', 'ended'))
);
CREATE INDEX contact_referral ON contact (referral_id, contacted_on);
