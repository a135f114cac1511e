-- The caseworker responsible for a customer (vastuuvirkailija), given by a unit lead; none until then.
ALTER TABLE customer ADD COLUMN responsible_user varchar(64);
CREATE INDEX customer_responsible ON customer (responsible_user) WHERE responsible_user IS NOT NULL;

-- Every version of a customer's contact details, append-only: the customer row holds the latest;
-- the first version is what was registered, written when the details are first changed.
CREATE TABLE customer_contact_version (
    customer_id        uuid         NOT NULL REFERENCES customer(id),
    version            integer      NOT NULL,
    language           varchar(5)   NOT NULL,
    mother_tongue      varchar(3),
    interpreter_needed boolean      NOT NULL,
    phone              varchar(40),
    email              varchar(200),
    street_address     varchar(200),
    postal_code        varchar(10),
    post_office        varchar(100),
    preferred_channel  varchar(20)  NOT NULL,
    reason             varchar(200),
    changed_at         timestamp(6) with time zone NOT NULL,
    changed_by         varchar(64)  NOT NULL,
    PRIMARY KEY (customer_id, version)
);
CREATE FUNCTION customer_contact_version_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'contact versions are append-only: a change is a new version';
END
$$;
CREATE TRIGGER customer_contact_version_append_only BEFORE UPDATE OR DELETE ON customer_contact_version
    FOR EACH ROW EXECUTE FUNCTION customer_contact_version_append_only();

-- Search by a first name alone ("Aino"), in name order, as customer_name_search serves last names.
CREATE INDEX customer_first_name_search ON customer ((lower(first_name) COLLATE "C"), (lower(last_name) COLLATE "C"), id);
-- Search by a birth date: the identity code's first seven characters are the date and the century sign.
CREATE INDEX customer_birth_date ON customer ((substr(identity_code, 1, 7)));
-- The customers a worker opened lately, newest first, without reading the rest of their trail.
CREATE INDEX audit_event_customers_opened ON audit_event (actor, at DESC) WHERE action = 'customer.read';
