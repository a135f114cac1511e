-- The nightly run of each day, recorded in the run's own transaction: a node checks it before it
-- runs, so the day's run happens once however many nodes there are, and a node that dies in the
-- middle of it leaves no row (its transaction rolls back), so another node takes it over.
CREATE TABLE nightly_run (
    day             date                        PRIMARY KEY,
    node            varchar(200)                NOT NULL,
    finished_at     timestamp(6) with time zone NOT NULL,
    runs            integer                     NOT NULL DEFAULT 1,
    transferred     integer                     NOT NULL,
    tasks_moved     integer                     NOT NULL,
    statistics_rows integer                     NOT NULL,
    millis          bigint                      NOT NULL
);
