-- The nodes of a cluster (one PostgreSQL, several Polku nodes behind a load balancer): each node
-- refreshes its row every few seconds, so the IT admin sees which are up and what each runs.
CREATE TABLE node (
    cluster     varchar(64)   NOT NULL,
    name        varchar(200)  NOT NULL,
    started_at  timestamp(6) with time zone NOT NULL,
    seen_at     timestamp(6) with time zone NOT NULL,
    bundles     text          NOT NULL,   -- a line per bundle: symbolic name, version, state, between tabs
    PRIMARY KEY (cluster, name)
);

-- The files every node of a cluster shares: configs/*.cfg.json and deploy/*.jar. A node that
-- sees one of its files change stores it here and notifies the others (channel
-- polku_shared_files), which write it into their own folder, where FileInstall applies it.
-- A deleted file keeps its row with no content, so a node that was away deletes it too.
CREATE SEQUENCE shared_file_version;
CREATE TABLE shared_file (
    cluster     varchar(64)   NOT NULL,
    folder      varchar(16)   NOT NULL CHECK (folder IN ('configs', 'deploy')),
    name        varchar(255)  NOT NULL,
    content     bytea,
    sha256      char(64),
    version     bigint        NOT NULL,
    changed_at  timestamp(6) with time zone NOT NULL,
    changed_by  varchar(200)  NOT NULL,
    PRIMARY KEY (cluster, folder, name),
    CHECK ((content IS NULL) = (sha256 IS NULL))
);
CREATE INDEX shared_file_changes ON shared_file (cluster, version);
