-- Accounts of people who log in to Polku, and their sessions.
-- Sessions live here (not in a node's memory) so any node can serve any request and a restart
-- logs nobody out. Only a hash of the session token is stored.
CREATE TABLE account (
    username        varchar(64)  PRIMARY KEY,
    display_name    varchar(200) NOT NULL,
    password_hash   varchar(200) NOT NULL,
    roles           varchar(200) NOT NULL,
    active          boolean      NOT NULL DEFAULT true,
    failed_logins   integer      NOT NULL DEFAULT 0,
    locked_until    timestamp(6) with time zone,
    created_at      timestamp(6) with time zone NOT NULL
);

CREATE TABLE session (
    token_hash      varchar(64)  PRIMARY KEY,
    username        varchar(64)  NOT NULL REFERENCES account(username) ON DELETE CASCADE,
    csrf_token      varchar(64)  NOT NULL,
    created_at      timestamp(6) with time zone NOT NULL,
    last_seen_at    timestamp(6) with time zone NOT NULL,
    expires_at      timestamp(6) with time zone NOT NULL
);
CREATE INDEX session_expires_at ON session (expires_at);
CREATE INDEX session_username ON session (username);
