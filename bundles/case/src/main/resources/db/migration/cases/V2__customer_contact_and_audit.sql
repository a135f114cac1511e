-- Contact details and the preferred contact channel of a customer.
ALTER TABLE customer
    ADD COLUMN phone              varchar(40),
    ADD COLUMN email              varchar(200),
    ADD COLUMN street_address     varchar(200),
    ADD COLUMN postal_code        varchar(10),
    ADD COLUMN post_office        varchar(100),
    ADD COLUMN preferred_channel  varchar(20) NOT NULL DEFAULT 'phone';

-- Every read and write of a customer's data: who, when, which customer, what.
-- Append-only: the application never updates or deletes a row.
CREATE TABLE audit_event (
    id           bigserial    PRIMARY KEY,
    at           timestamp(6) with time zone NOT NULL,
    actor        varchar(64)  NOT NULL,
    actor_roles  varchar(200) NOT NULL,
    customer_id  uuid,
    action       varchar(60)  NOT NULL,
    detail       varchar(500)
);
CREATE INDEX audit_event_customer ON audit_event (customer_id, at DESC);
CREATE INDEX audit_event_actor ON audit_event (actor, at DESC);
