-- The coaching module's own data: its courses and their capacity.
CREATE TABLE course (
    id               uuid          PRIMARY KEY,
    name             varchar(200)  NOT NULL,
    kind             varchar(20)   NOT NULL,
    delivery         varchar(20)   NOT NULL,
    production_mode  varchar(20)   NOT NULL,
    provider         varchar(200)  NOT NULL,
    capacity         integer       NOT NULL,
    starts_on        date          NOT NULL,
    CONSTRAINT course_kind CHECK (kind IN ('job-search', 'career', 'work')),
    CONSTRAINT course_delivery CHECK (delivery IN ('online', 'in-person')),
    CONSTRAINT course_capacity CHECK (capacity > 0)
);
