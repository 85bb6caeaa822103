-- The platform database of Sidekick Forge (source-schema.md), as it is in production.
-- Forge Monitor only reads these tables; the migration exists to build demo and test databases.

CREATE TABLE tier_quotas (
    id                          uuid DEFAULT gen_random_uuid() PRIMARY KEY,
    tier                        varchar(50) NOT NULL UNIQUE,
    voice_seconds_per_month     integer NOT NULL DEFAULT 6000,
    text_messages_per_month     integer NOT NULL DEFAULT 1000,
    embedding_chunks_per_month  integer NOT NULL DEFAULT 10000,
    max_sidekicks               integer,
    created_at                  timestamp with time zone DEFAULT now(),
    updated_at                  timestamp with time zone DEFAULT now()
);

CREATE TABLE clients (
    id                                 uuid DEFAULT gen_random_uuid() PRIMARY KEY,
    name                               text NOT NULL,
    tier                               client_tier NOT NULL DEFAULT 'adventurer',
    hosting_type                       text NOT NULL DEFAULT 'shared',
    max_sidekicks                      integer,
    owner_user_id                      uuid,
    owner_email                        text,
    livekit_url                        text,
    livekit_api_key                    text,
    livekit_api_secret                 text,
    provisioning_status                text DEFAULT 'ready',
    subscription_status                varchar(50),
    subscription_current_period_start  timestamp with time zone,
    subscription_current_period_end    timestamp with time zone,
    created_at                         timestamp with time zone NOT NULL DEFAULT now(),
    updated_at                         timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT clients_hosting_type_check CHECK (hosting_type IN ('shared', 'dedicated')),
    CONSTRAINT clients_provisioning_status_check
        CHECK (provisioning_status IN ('queued', 'provisioning', 'ready', 'failed'))
);

CREATE TABLE agent_usage (
    id                      uuid DEFAULT gen_random_uuid() PRIMARY KEY,
    client_id               uuid NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    agent_id                uuid NOT NULL,
    period_start            date NOT NULL,
    voice_seconds_used      integer NOT NULL DEFAULT 0,
    voice_seconds_limit     integer NOT NULL DEFAULT 6000,
    text_messages_used      integer NOT NULL DEFAULT 0,
    text_messages_limit     integer NOT NULL DEFAULT 1000,
    embedding_chunks_used   integer NOT NULL DEFAULT 0,
    embedding_chunks_limit  integer NOT NULL DEFAULT 10000,
    image_generation_cost   numeric(10, 6) NOT NULL DEFAULT 0,
    image_generation_count  integer NOT NULL DEFAULT 0,
    llm_input_tokens        bigint NOT NULL DEFAULT 0,
    llm_output_tokens       bigint NOT NULL DEFAULT 0,
    tts_characters          bigint NOT NULL DEFAULT 0,
    session_count           integer NOT NULL DEFAULT 0,
    last_session_at         timestamp with time zone,
    created_at              timestamp with time zone NOT NULL DEFAULT now(),
    updated_at              timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT agent_usage_client_agent_period_key UNIQUE (client_id, agent_id, period_start)
);
CREATE INDEX idx_agent_usage_period ON agent_usage (period_start);

-- client_usage: legacy client-level counters, no longer used for quotas (kept because it exists).
CREATE TABLE client_usage (
    id                     uuid DEFAULT gen_random_uuid() PRIMARY KEY,
    client_id              uuid NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    period_start           date NOT NULL,
    voice_seconds_used     integer NOT NULL DEFAULT 0,
    text_messages_used     integer NOT NULL DEFAULT 0,
    embedding_chunks_used  integer NOT NULL DEFAULT 0,
    created_at             timestamp with time zone NOT NULL DEFAULT now(),
    updated_at             timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT client_usage_client_period_key UNIQUE (client_id, period_start)
);

CREATE TABLE livekit_events (
    id                    uuid DEFAULT gen_random_uuid() PRIMARY KEY,
    event_type            varchar(50) NOT NULL,
    room_name             varchar(255),
    room_sid              varchar(255),
    participant_sid       varchar(255),
    participant_identity  varchar(255),
    duration              integer,
    metadata              jsonb,
    created_at            timestamp with time zone NOT NULL DEFAULT now()
);
CREATE INDEX idx_livekit_events_created_at ON livekit_events (created_at);
CREATE INDEX idx_livekit_events_type_created_at ON livekit_events (event_type, created_at);

CREATE TABLE activity_log (
    id             uuid DEFAULT gen_random_uuid() PRIMARY KEY,
    activity_type  varchar(50) NOT NULL,
    action         varchar(100),
    client_id      uuid,
    agent_id       uuid,
    user_id        uuid,
    resource_type  varchar(50),
    resource_id    varchar(255),
    resource_name  varchar(255),
    details        jsonb,
    status         varchar(20) DEFAULT 'success',
    error_message  text,
    created_at     timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT activity_log_status_check CHECK (status IN ('success', 'failed', 'pending'))
);
CREATE INDEX idx_activity_log_created_at ON activity_log (created_at);
CREATE INDEX idx_activity_log_client_created_at ON activity_log (client_id, created_at);

CREATE TABLE user_clients (
    id          uuid DEFAULT gen_random_uuid() PRIMARY KEY,
    user_id     uuid NOT NULL,
    client_id   uuid NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    role        text NOT NULL DEFAULT 'member',
    created_at  timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT user_clients_user_client_key UNIQUE (user_id, client_id),
    CONSTRAINT user_clients_role_check CHECK (role IN ('owner', 'admin', 'member'))
);
