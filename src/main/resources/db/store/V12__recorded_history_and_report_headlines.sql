-- Numbers a reader can trust (issue "one figure, one unit, in every format").
-- The first day the rollup has read for all clients: a report compares a period with its previous period only
-- when that lies wholly after it (no made-up growth against days nobody recorded).
CREATE TABLE recorded_history (
    id        smallint NOT NULL,
    first_day date NOT NULL,
    CONSTRAINT recorded_history_pk PRIMARY KEY (id)
);

-- The figures a report mail shows, per report run and scope, written with the scope's files whatever formats the
-- schedule asked for: mails are composed from these, never from a file a schedule may not have asked for.
CREATE TABLE report_headline (
    run        varchar(100) NOT NULL,
    scope_key  varchar(100) NOT NULL,
    body       varchar(200000) NOT NULL,
    written_at timestamp with time zone NOT NULL,
    CONSTRAINT report_headline_pk PRIMARY KEY (run, scope_key)
);

-- A queued report mail keeps its own copy of its figures, so it can be composed long after the run.
ALTER TABLE report_delivery ADD COLUMN figures varchar(200000);

-- The command that restarts a failed run, with every parameter of the run (a failure notice's rerun hint).
ALTER TABLE job_failure_notice ADD COLUMN rerun varchar(4000);
