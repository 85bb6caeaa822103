-- Samples of the health check (issue "system health"): one row per probed thing per check, all rows of a check
-- sharing its checked_at. Reports read the newest check within forge.health.freshness. Reasons never hold secrets.
CREATE TABLE health_sample (
    id              uuid NOT NULL,
    checked_at      timestamp with time zone NOT NULL,
    kind            varchar(20) NOT NULL,
    target          varchar(300) NOT NULL,
    client_id       uuid,
    status          varchar(10) NOT NULL,
    latency_ms      bigint,
    p95_ms          bigint,
    reason          varchar(1000),
    active_sessions integer,
    CONSTRAINT health_sample_pk PRIMARY KEY (id),
    CONSTRAINT health_sample_kind CHECK (kind IN ('livekit', 'database', 'api')),
    CONSTRAINT health_sample_status CHECK (status IN ('healthy', 'degraded', 'down'))
);

CREATE INDEX health_sample_checked ON health_sample (checked_at);

-- Voice sessions going on at a check, per client (rooms with participants; text, pre-warm and embed rooms left
-- out). client_id is null for rooms that name no known client.
CREATE TABLE health_voice_session (
    checked_at timestamp with time zone NOT NULL,
    client_id  uuid,
    sessions   integer NOT NULL
);

CREATE INDEX health_voice_session_checked ON health_voice_session (checked_at);
