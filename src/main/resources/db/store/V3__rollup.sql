-- The daily rollup (issue "daily usage rollup"): counter snapshots, event-derived daily sums,
-- the daily usage readers see, conversation statistics and tracking gaps.

-- agent_usage counters of a sidekick as read right after the end of snapshot_date (billing zone).
-- Written once per day and never changed, so that re-running a day cannot move it.
CREATE TABLE usage_snapshot (
    client_id         uuid NOT NULL,
    agent_id          uuid NOT NULL,
    snapshot_date     date NOT NULL,
    period_start      date NOT NULL,
    voice_seconds     bigint NOT NULL,
    text_messages     bigint NOT NULL,
    embedding_chunks  bigint NOT NULL,
    taken_at          timestamp with time zone NOT NULL,
    CONSTRAINT usage_snapshot_pk PRIMARY KEY (client_id, agent_id, snapshot_date)
);
CREATE INDEX usage_snapshot_date ON usage_snapshot (snapshot_date);

-- What the event tables say a sidekick used on a day, one row per metric. source names the database the
-- events were read from ('platform' or the tenant's client id), so a re-read replaces exactly its rows.
CREATE TABLE event_daily (
    source     varchar(40) NOT NULL,
    client_id  uuid NOT NULL,
    agent_id   uuid NOT NULL,
    usage_date date NOT NULL,
    metric     varchar(20) NOT NULL,
    amount     bigint NOT NULL,
    CONSTRAINT event_daily_pk PRIMARY KEY (client_id, agent_id, usage_date, metric)
);
CREATE INDEX event_daily_source_day ON event_daily (source, metric, usage_date);

-- Daily usage per client, sidekick and day: snapshot differences ('snapshot'), a difference spread over
-- missed days ('spread'), or rebuilt from events before the first snapshot ('estimated').
CREATE TABLE daily_usage (
    client_id         uuid NOT NULL,
    agent_id          uuid NOT NULL,
    usage_date        date NOT NULL,
    voice_seconds     bigint NOT NULL,
    text_messages     bigint NOT NULL,
    embedding_chunks  bigint NOT NULL,
    origin            varchar(10) NOT NULL,
    counter_resets    varchar(60),
    CONSTRAINT daily_usage_pk PRIMARY KEY (client_id, agent_id, usage_date),
    CONSTRAINT daily_usage_origin CHECK (origin IN ('snapshot', 'spread', 'estimated'))
);
CREATE INDEX daily_usage_day ON daily_usage (usage_date);

-- Conversations started per client, sidekick, day, hour (billing zone), channel and status
-- ('untracked' where the tenant has no status column); messages of those conversations.
CREATE TABLE conversation_stats (
    source         varchar(40) NOT NULL,
    client_id      uuid NOT NULL,
    agent_id       uuid NOT NULL,
    usage_date     date NOT NULL,
    hour_of_day    smallint NOT NULL,
    channel        varchar(16) NOT NULL,
    status         varchar(16) NOT NULL,
    conversations  bigint NOT NULL,
    messages       bigint NOT NULL,
    CONSTRAINT conversation_stats_pk PRIMARY KEY (client_id, agent_id, usage_date, hour_of_day, channel, status)
);
CREATE INDEX conversation_stats_source_day ON conversation_stats (source, usage_date);

-- Counters against events for a client, metric and billing period, when they differ beyond tolerance.
CREATE TABLE tracking_gap (
    client_id      uuid NOT NULL,
    metric         varchar(20) NOT NULL,
    period_start   date NOT NULL,
    checked_through date NOT NULL,
    counter_total  bigint NOT NULL,
    event_total    bigint NOT NULL,
    CONSTRAINT tracking_gap_pk PRIMARY KEY (client_id, metric, period_start)
);

-- A source database a rollup could not read: reported, and retried by the next run of that date.
CREATE TABLE rollup_failure (
    rollup_date  date NOT NULL,
    source       varchar(40) NOT NULL,
    client_id    uuid,
    error        varchar(2000) NOT NULL,
    failed_at    timestamp with time zone NOT NULL,
    CONSTRAINT rollup_failure_pk PRIMARY KEY (rollup_date, source)
);

-- The latest reading of every agent_usage counter of a billing period, replaced by each rollup of that
-- period: what reconciliation compares with the events read in the same run.
CREATE TABLE counter_reading (
    client_id         uuid NOT NULL,
    agent_id          uuid NOT NULL,
    period_start      date NOT NULL,
    voice_seconds     bigint NOT NULL,
    text_messages     bigint NOT NULL,
    embedding_chunks  bigint NOT NULL,
    read_at           timestamp with time zone NOT NULL,
    CONSTRAINT counter_reading_pk PRIMARY KEY (client_id, agent_id, period_start)
);
