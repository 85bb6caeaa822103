-- Alerts ahead of the thresholds: a quota projected to run out (once per client, metric and billing period) and a
-- sidekick's unusual day (once per client, sidekick, metric and day). The primary key is the gate that lets one
-- run or node announce each, as alert_ledger is for thresholds; payload is the event exactly as announced, which
-- its mail, webhook and timeline entry show. subject_day: the billing period's first day (a projection) or the
-- unusual day; agent_id: the sidekick, the nil UUID for a client's quota.
CREATE TABLE early_warning (
    kind          varchar(40) NOT NULL,
    client_id     uuid NOT NULL,
    agent_id      uuid NOT NULL,
    metric        varchar(20) NOT NULL,
    subject_day   date NOT NULL,
    notice_id     uuid NOT NULL,
    client_name   varchar(500) NOT NULL,
    occurred_at   timestamp with time zone NOT NULL,
    payload       varchar(20000) NOT NULL,
    CONSTRAINT early_warning_pk PRIMARY KEY (kind, client_id, agent_id, metric, subject_day),
    CONSTRAINT early_warning_notice UNIQUE (notice_id),
    CONSTRAINT early_warning_kind CHECK (kind IN ('quota.projected_exhaustion', 'usage.unusual_day'))
);
CREATE INDEX early_warning_time ON early_warning (occurred_at);
