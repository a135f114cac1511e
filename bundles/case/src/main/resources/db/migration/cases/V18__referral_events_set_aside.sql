-- A referral event that its module keeps refusing is set aside (a dead letter), so that the
-- module's later events go on; an IT admin sees it, tries it again or closes it. So is an event
-- whose module has been absent for longer than the retention period.
ALTER TABLE referral_event
    ADD COLUMN attempts     integer      NOT NULL DEFAULT 0,
    ADD COLUMN last_error   varchar(200),
    ADD COLUMN set_aside_at timestamp(6) with time zone;
DROP INDEX referral_event_module;
CREATE INDEX referral_event_module ON referral_event (module_id, seq) WHERE set_aside_at IS NULL;
CREATE INDEX referral_event_set_aside ON referral_event (set_aside_at) WHERE set_aside_at IS NOT NULL;
