-- Failed logins by client address, for the per-address throttle: in the database so that the
-- count holds whichever node of a cluster the attempts reach. Rows older than an hour are
-- removed as new ones come.
CREATE TABLE login_failure (
    address  varchar(64)  NOT NULL,
    at       timestamp(6) with time zone NOT NULL
);
CREATE INDEX login_failure_address ON login_failure (address, at);
CREATE INDEX login_failure_at ON login_failure (at);
