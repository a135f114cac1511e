-- What was given or sent to the customer: each document once per handing over, with the version of
-- what it carries (the plan's version), how (printed from the console, sent by post or e-mail), in
-- which language, when and by whom, and the SHA-256 of the bytes handed over.
CREATE TABLE customer_document (
    id           uuid          PRIMARY KEY,
    customer_id  uuid          NOT NULL REFERENCES customer(id),
    kind         varchar(40)   NOT NULL,
    source_id    uuid,
    version      integer,
    language     varchar(2)    NOT NULL,
    channel      varchar(10)   NOT NULL CHECK (channel IN ('print', 'post', 'email')),
    sha256       bytea         NOT NULL,
    letter_id    uuid,         -- the letter in the outbox (letters schema) that carries it, for post and e-mail
    created_at   timestamp(6) with time zone NOT NULL,
    created_by   varchar(64)   NOT NULL
);
CREATE INDEX customer_document_customer ON customer_document (customer_id, created_at DESC);
