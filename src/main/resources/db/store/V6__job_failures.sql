-- Failure notices of job runs (issue "scheduling, delivery and the HTTP API"): at most one per job per grace
-- period, however many nodes see runs fail.

-- The last time each job's failure was announced. The conditional UPDATE (or the INSERT, the first time) that
-- succeeds announces; the others find the job announced within the grace period and send nothing.
CREATE TABLE job_failure_gate (
    job_name     varchar(100) NOT NULL,
    notified_at  timestamp with time zone NOT NULL,
    CONSTRAINT job_failure_gate_pk PRIMARY KEY (job_name)
);

-- What was announced: the webhook body exactly as sent, and what the mail shows.
CREATE TABLE job_failure_notice (
    id            uuid NOT NULL,
    job_name      varchar(100) NOT NULL,
    execution_id  bigint NOT NULL,
    status        varchar(20) NOT NULL,
    error         varchar(4000),
    parameters    varchar(2000) NOT NULL,
    occurred_at   timestamp with time zone NOT NULL,
    payload       varchar(20000) NOT NULL,
    CONSTRAINT job_failure_notice_pk PRIMARY KEY (id)
);
