-- Referrals of customers to service modules, and their lifecycle:
-- referred -> accepted | declined; accepted -> started; started -> completed | interrupted.
CREATE TABLE referral (
    id                  uuid          PRIMARY KEY,
    customer_id         uuid          NOT NULL REFERENCES customer(id),
    municipality_code   varchar(3)    NOT NULL,
    service_type        varchar(40)   NOT NULL,
    module_id           varchar(80)   NOT NULL,
    purpose             varchar(1000) NOT NULL,
    state               varchar(12)   NOT NULL,
    note                varchar(1000),
    created_at          timestamp(6) with time zone NOT NULL,
    created_by          varchar(64)   NOT NULL,
    updated_at          timestamp(6) with time zone NOT NULL,
    updated_by          varchar(64)   NOT NULL,
    CONSTRAINT referral_state CHECK (state IN ('referred', 'accepted', 'declined', 'started', 'completed', 'interrupted'))
);
CREATE INDEX referral_customer ON referral (customer_id, created_at DESC);
-- A partner's list: its module's referrals, newest first.
CREATE INDEX referral_module ON referral (module_id, created_at DESC);
