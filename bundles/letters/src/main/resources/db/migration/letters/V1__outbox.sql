-- The outbox: a letter stays here until it is delivered. E-mail is claimed by one sender at a time
-- (FOR UPDATE SKIP LOCKED), retried with a growing pause, given up after the configured attempts;
-- postal letters wait for the next printed batch. The PDF is kept for the record of what was sent.
CREATE TABLE letter (
    id              uuid          PRIMARY KEY,
    customer_id     uuid          NOT NULL,
    kind            varchar(40)   NOT NULL,
    language        varchar(2)    NOT NULL,
    channel         varchar(5)    NOT NULL CHECK (channel IN ('email', 'post')),
    email           varchar(254),
    address         varchar(1000),
    subject         varchar(300)  NOT NULL,
    body            varchar(8000) NOT NULL,
    pdf             bytea         NOT NULL,
    file_name       varchar(120)  NOT NULL,
    state           varchar(8)    NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sent', 'printed', 'failed')),
    attempts        integer       NOT NULL DEFAULT 0,
    next_attempt_at timestamp(6) with time zone NOT NULL,
    last_error      varchar(500),
    batch_id        uuid,
    created_at      timestamp(6) with time zone NOT NULL,
    created_by      varchar(64)   NOT NULL,
    done_at         timestamp(6) with time zone,
    CHECK (channel <> 'email' OR email IS NOT NULL),
    CHECK (channel <> 'post' OR address IS NOT NULL)
);
CREATE INDEX letter_due ON letter (channel, next_attempt_at) WHERE state = 'queued';
