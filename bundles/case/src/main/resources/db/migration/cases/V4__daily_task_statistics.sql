-- What the nightly run counts: per day, municipality and unit, the open and overdue tasks.
-- Dashboards draw their history from here instead of scanning the task table.
CREATE TABLE task_statistics (
    day                 date         NOT NULL,
    municipality_code   varchar(3)   NOT NULL,
    unit                varchar(30)  NOT NULL,
    open_tasks          integer      NOT NULL,
    overdue_tasks       integer      NOT NULL,
    PRIMARY KEY (day, municipality_code, unit)
);
