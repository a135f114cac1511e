-- Imports of job seekers from CSV files. The file is kept until its import ends, so that an
-- import survives a restart (any node resumes it after the last batch committed: each batch's rows
-- and the job's counts are written in one transaction), and is then deleted: the people are in
-- the customer tables, and the file's personal data need not stay twice.
CREATE TABLE import_job (
    id           uuid                        PRIMARY KEY,
    file_name    varchar(200)                NOT NULL,
    sha256       char(64)                    NOT NULL,
    content      bytea,
    charset      varchar(20)                 NOT NULL,
    separator    char(1)                     NOT NULL,
    ignored_columns varchar(1000),
    state        varchar(10)                 NOT NULL CHECK (state IN ('running', 'done', 'failed')),
    total        integer                     NOT NULL,
    processed    integer                     NOT NULL DEFAULT 0,
    accepted     integer                     NOT NULL DEFAULT 0,
    unchanged    integer                     NOT NULL DEFAULT 0,
    rejected     integer                     NOT NULL DEFAULT 0,
    failure      varchar(400),
    created_by   varchar(64)                 NOT NULL,
    created_at   timestamp(6) with time zone NOT NULL,
    finished_at  timestamp(6) with time zone
);
CREATE INDEX import_job_running ON import_job (created_at) WHERE state = 'running';

-- Each rejected row's line and, per column, what is wrong in fi, sv and en (the report is given in
-- the reader's language). No value of the row is kept here beyond what a message quotes.
CREATE TABLE import_rejection (
    import_id uuid         NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    line      integer      NOT NULL,
    col       varchar(100) NOT NULL,
    reason_fi text         NOT NULL,
    reason_sv text         NOT NULL,
    reason_en text         NOT NULL,
    PRIMARY KEY (import_id, line, col)
);
