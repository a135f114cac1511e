-- What the core has told this module of the referrals made to it (by referral id only), and
-- which course each referred person takes a place on. A course never has more people on it than
-- places: the check below holds under any concurrency.
ALTER TABLE course ADD COLUMN seats_taken integer NOT NULL DEFAULT 0;
ALTER TABLE course ADD CONSTRAINT course_seats CHECK (seats_taken >= 0 AND seats_taken <= capacity);

CREATE TABLE referral (
    id                 uuid          PRIMARY KEY,
    municipality_code  varchar(3)    NOT NULL,
    state              varchar(12)   NOT NULL,
    last_sequence      bigint        NOT NULL,
    updated_at         timestamp(6) with time zone NOT NULL
);

CREATE TABLE enrolment (
    referral_id        uuid          PRIMARY KEY REFERENCES referral(id),
    course_id          uuid          NOT NULL REFERENCES course(id),
    state              varchar(12)   NOT NULL,
    enrolled_at        timestamp(6) with time zone NOT NULL,
    enrolled_by        varchar(64)   NOT NULL,
    ended_at           timestamp(6) with time zone,
    CONSTRAINT enrolment_state CHECK (state IN ('enrolled', 'completed', 'interrupted'))
);
CREATE INDEX enrolment_course ON enrolment (course_id);
