-- Job seekers (personal customers). One row per person: the identity code is unique.
-- The municipality code is the home municipality's Statistics Finland code; it also keys the
-- row for distributing the data by municipality later (see architecture.md, scale path).
CREATE TABLE customer (
    id                 uuid         PRIMARY KEY,
    identity_code      varchar(11)  NOT NULL,
    first_name         varchar(100) NOT NULL,
    last_name          varchar(100) NOT NULL,
    municipality_code  varchar(3)   NOT NULL,
    language           varchar(5)   NOT NULL,
    created_at         timestamp(6) with time zone NOT NULL,
    created_by         varchar(64)  NOT NULL,
    CONSTRAINT customer_identity_code_unique UNIQUE (identity_code)
);
CREATE INDEX customer_municipality ON customer (municipality_code);
CREATE INDEX customer_name ON customer (lower(last_name), lower(first_name));
