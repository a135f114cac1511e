-- Appointments: one row per meeting booked, kept after it is cancelled (with the reason) and
-- moved in place (each move kept in appointment_change). Double booking of a worker, a room or a
-- customer is refused under any concurrency: every booking and move takes the transaction-scoped
-- advisory locks of its worker, room and customer, in a fixed order, before it looks for an
-- overlap. (An exclusion constraint would need the btree_gist extension, which the schema's own
-- role may not create.)

CREATE TABLE appointment (
    id            uuid          PRIMARY KEY,
    customer_id   uuid          NOT NULL REFERENCES customer(id),
    task_id       uuid          REFERENCES task(id),
    worker        varchar(64)   NOT NULL,
    channel       varchar(10)   NOT NULL CHECK (channel IN ('in-person', 'phone', 'video')),
    service_point varchar(64),
    room          varchar(64),
    purpose       varchar(40)   NOT NULL,
    starts_at     timestamp(6) with time zone NOT NULL,
    ends_at       timestamp(6) with time zone NOT NULL,
    state         varchar(10)   NOT NULL DEFAULT 'booked' CHECK (state IN ('booked', 'cancelled', 'held', 'no-show')),
    late_reason   varchar(1000),
    notes         varchar(2000),
    booked_at     timestamp(6) with time zone NOT NULL,
    booked_by     varchar(64)   NOT NULL,
    version       integer       NOT NULL DEFAULT 0,
    CHECK (ends_at > starts_at),
    CHECK ((channel = 'in-person') = (service_point IS NOT NULL))
);
CREATE INDEX appointment_worker ON appointment (worker, starts_at) WHERE state = 'booked';
CREATE INDEX appointment_room ON appointment (service_point, room, starts_at) WHERE state = 'booked' AND room IS NOT NULL;
CREATE INDEX appointment_customer ON appointment (customer_id, starts_at);
CREATE INDEX appointment_task ON appointment (task_id) WHERE task_id IS NOT NULL;

CREATE TABLE appointment_change (
    id             bigserial     PRIMARY KEY,
    appointment_id uuid          NOT NULL REFERENCES appointment(id),
    kind           varchar(10)   NOT NULL CHECK (kind IN ('moved', 'cancelled', 'held', 'no-show')),
    reason         varchar(1000),
    old_start      timestamp(6) with time zone,
    old_end        timestamp(6) with time zone,
    changed_at     timestamp(6) with time zone NOT NULL,
    changed_by     varchar(64)   NOT NULL
);
CREATE INDEX appointment_change_appointment ON appointment_change (appointment_id);

-- A worker's iCalendar feed is read by a calendar program without a session: the token in its
-- address is the credential, kept only as its SHA-256.
CREATE TABLE calendar_feed (
    worker      varchar(64)   PRIMARY KEY,
    token_hash  bytea         NOT NULL UNIQUE,
    language    varchar(2)    NOT NULL CHECK (language IN ('fi', 'sv', 'en')),
    created_at  timestamp(6) with time zone NOT NULL
);

-- The caseworker's assessment that a customer is in a weaker labour-market position (one of the
-- two groups who may be met at the municipal premises), append-only: the latest row holds.
CREATE TABLE labour_market_position (
    id           bigserial     PRIMARY KEY,
    customer_id  uuid          NOT NULL REFERENCES customer(id),
    weaker       boolean       NOT NULL,
    reason       varchar(1000) NOT NULL,
    recorded_at  timestamp(6) with time zone NOT NULL,
    recorded_by  varchar(64)   NOT NULL
);
CREATE INDEX labour_market_position_customer ON labour_market_position (customer_id, id DESC);

-- The walk-in lobby at the offices: a ticket per visitor, numbered per service point and day; a
-- worker calls the next waiting one (SKIP LOCKED: two workers never call the same ticket); the
-- visit is recorded when done, for a known customer in the journal too.
CREATE TABLE lobby_ticket (
    id            uuid          PRIMARY KEY,
    service_point varchar(64)   NOT NULL,
    day           date          NOT NULL,
    number        integer       NOT NULL,
    topic         varchar(30)   NOT NULL,
    customer_id   uuid          REFERENCES customer(id),
    state         varchar(10)   NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'called', 'done', 'left')),
    issued_at     timestamp(6) with time zone NOT NULL,
    issued_by     varchar(64)   NOT NULL,
    called_at     timestamp(6) with time zone,
    called_by     varchar(64),
    closed_at     timestamp(6) with time zone,
    notes         varchar(2000),
    UNIQUE (service_point, day, number)
);
CREATE INDEX lobby_ticket_waiting ON lobby_ticket (service_point, day, number) WHERE state = 'waiting';
CREATE INDEX lobby_ticket_customer ON lobby_ticket (customer_id) WHERE customer_id IS NOT NULL;
