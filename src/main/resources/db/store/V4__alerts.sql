-- Quota alerts (issue "quota thresholds and alerts"): the ledger that makes each alert happen once, what was
-- announced, the activity timeline's own events, and the durable outbox every mail and webhook leaves from.

-- One row per (client, metric, billing period, threshold) ever crossed. The primary key decides which run
-- or node announces a crossing: the one whose INSERT succeeds; the others fail on the key and send nothing.
CREATE TABLE alert_ledger (
    client_id           uuid NOT NULL,
    metric              varchar(20) NOT NULL,
    period_start        date NOT NULL,
    threshold           integer NOT NULL,
    notice_id           uuid NOT NULL,
    crossed_at          timestamp with time zone NOT NULL,
    recovered_at        timestamp with time zone,
    recovery_notice_id  uuid,
    CONSTRAINT alert_ledger_pk PRIMARY KEY (client_id, metric, period_start, threshold)
);

-- What was announced: a crossing (the highest threshold crossed at once; all of them in thresholds) or a
-- recovery. payload is the webhook event exactly as signed and sent, so retries send the same bytes.
CREATE TABLE quota_notice (
    id              uuid NOT NULL,
    event_type      varchar(40) NOT NULL,
    client_id       uuid NOT NULL,
    client_name     varchar(500) NOT NULL,
    metric          varchar(20) NOT NULL,
    period_start    date NOT NULL,
    threshold       integer NOT NULL,
    thresholds      varchar(200) NOT NULL,
    used            bigint NOT NULL,
    quota_limit     bigint NOT NULL,
    projected_date  date,
    occurred_at     timestamp with time zone NOT NULL,
    payload         varchar(20000) NOT NULL,
    CONSTRAINT quota_notice_pk PRIMARY KEY (id),
    CONSTRAINT quota_notice_type CHECK (event_type IN ('quota.threshold_crossed', 'quota.recovered'))
);
CREATE INDEX quota_notice_client ON quota_notice (client_id, occurred_at);

-- Forge Monitor's own events for the activity timeline (quota_warning, quota_recovered, ...).
CREATE TABLE activity_event (
    id           uuid NOT NULL,
    event_type   varchar(40) NOT NULL,
    client_id    uuid,
    agent_id     uuid,
    title        varchar(1000) NOT NULL,
    details      varchar(20000),
    occurred_at  timestamp with time zone NOT NULL,
    CONSTRAINT activity_event_pk PRIMARY KEY (id)
);
CREATE INDEX activity_event_time ON activity_event (occurred_at);

-- Everything sent, one row per event and destination (an address or a webhook endpoint's name), written in
-- the transaction that decided to send it. A worker leases a row (lease_owner, lease_until) before sending;
-- a row whose lease ran out while 'sending' belonged to a worker that died mid-delivery.
CREATE TABLE outbox_message (
    id               uuid NOT NULL,
    event_id         varchar(64) NOT NULL,
    event_type       varchar(40) NOT NULL,
    channel          varchar(10) NOT NULL,
    destination      varchar(320) NOT NULL,
    client_id        uuid,
    subject_id       uuid,
    body             varchar(20000),
    status           varchar(12) NOT NULL,
    attempts         integer NOT NULL,
    next_attempt_at  timestamp with time zone NOT NULL,
    lease_owner      varchar(100),
    lease_until      timestamp with time zone,
    last_error       varchar(2000),
    created_at       timestamp with time zone NOT NULL,
    delivered_at     timestamp with time zone,
    CONSTRAINT outbox_message_pk PRIMARY KEY (id),
    CONSTRAINT outbox_message_once UNIQUE (event_id, channel, destination),
    CONSTRAINT outbox_message_channel CHECK (channel IN ('email', 'webhook')),
    CONSTRAINT outbox_message_status CHECK (status IN ('pending', 'sending', 'delivered', 'unconfirmed', 'dead'))
);
CREATE INDEX outbox_message_due ON outbox_message (status, next_attempt_at);

-- A webhook endpoint that answered 410 Gone: nothing more is sent to it until its name is removed here.
CREATE TABLE webhook_endpoint_state (
    name         varchar(100) NOT NULL,
    disabled_at  timestamp with time zone NOT NULL,
    reason       varchar(500) NOT NULL,
    CONSTRAINT webhook_endpoint_state_pk PRIMARY KEY (name)
);
