-- Referral events waiting to be told to their module (an outbox): written in the same transaction
-- as the referral's change, deleted once the module has taken it. A module that is stopped or
-- not yet installed gets its events, in order, when it comes.
CREATE TABLE referral_event (
    seq                 bigserial     PRIMARY KEY,
    referral_id         uuid          NOT NULL REFERENCES referral(id),
    module_id           varchar(80)   NOT NULL,
    service_type        varchar(40)   NOT NULL,
    municipality_code   varchar(3)    NOT NULL,
    state               varchar(12)   NOT NULL,
    at                  timestamp(6) with time zone NOT NULL
);
CREATE INDEX referral_event_module ON referral_event (module_id, seq);

-- Referrals made before this table existed: their modules hear of the ones still under way.
INSERT INTO referral_event (referral_id, module_id, service_type, municipality_code, state, at)
SELECT id, module_id, service_type, municipality_code, state, updated_at FROM referral
 WHERE state IN ('referred', 'accepted', 'started') ORDER BY created_at;
