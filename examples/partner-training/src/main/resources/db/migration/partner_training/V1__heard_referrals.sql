-- What the partner has heard of its referrals, by referral id only.
CREATE TABLE heard_referral (
    id             uuid        PRIMARY KEY,
    state          varchar(12) NOT NULL,
    last_sequence  bigint      NOT NULL,
    heard_at       timestamp(6) with time zone NOT NULL
);
