-- The customer's journal (asiakaskertomus): the notes staff write, and the events of referrals'
-- moves that are not kept elsewhere, append-only (a correction is a new entry that points to the one
-- it corrects). The journal's timeline adds what other tables keep already: interviews in full,
-- job searches started and ended, transfers, referrals made, job offers.
CREATE TABLE journal_entry (
    id           uuid           PRIMARY KEY,
    customer_id  uuid           NOT NULL REFERENCES customer(id),
    kind         varchar(10)    NOT NULL CHECK (kind IN ('note', 'event')),
    subject      varchar(60)    NOT NULL,
    text         varchar(8000),
    service_type varchar(40),
    state        varchar(12),
    corrects     uuid           REFERENCES journal_entry(id),
    written_at   timestamp(6) with time zone NOT NULL,
    written_by   varchar(64)    NOT NULL,
    CHECK (kind = 'event' OR text IS NOT NULL)
);
CREATE INDEX journal_entry_customer ON journal_entry (customer_id, written_at DESC);

CREATE FUNCTION journal_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the journal is append-only: correct an entry with a new one';
END
$$;
CREATE TRIGGER journal_entry_append_only BEFORE UPDATE OR DELETE ON journal_entry
    FOR EACH ROW EXECUTE FUNCTION journal_entry_append_only();
