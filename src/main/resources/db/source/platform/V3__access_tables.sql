-- Sign-in and access of the Sidekick Forge admin (source-schema.md): its roles, who holds a platform role, and
-- who administers or reads which client. Forge Monitor reads them to decide what a signed-in person may see.

CREATE TABLE roles (
    id           uuid DEFAULT gen_random_uuid() PRIMARY KEY,
    "key"        text NOT NULL UNIQUE,  -- quoted: KEY is a keyword of H2
    scope        text NOT NULL,
    description  text,
    created_at   timestamp with time zone NOT NULL DEFAULT now(),
    updated_at   timestamp with time zone NOT NULL DEFAULT now()
);

INSERT INTO roles ("key", scope, description) VALUES
    ('super_admin', 'platform', 'Every client of the platform'),
    ('admin', 'client', 'Administers the client'),
    ('subscriber', 'client', 'Reads the client');

CREATE TABLE platform_role_memberships (
    id          uuid DEFAULT gen_random_uuid() PRIMARY KEY,
    user_id     uuid NOT NULL,
    role_id     uuid NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    created_at  timestamp with time zone NOT NULL DEFAULT now(),
    updated_at  timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT platform_role_memberships_user_role_key UNIQUE (user_id, role_id)
);

CREATE TABLE tenant_memberships (
    id          uuid DEFAULT gen_random_uuid() PRIMARY KEY,
    user_id     uuid NOT NULL,
    client_id   uuid NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    role_id     uuid NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    status      text NOT NULL DEFAULT 'active',
    created_at  timestamp with time zone NOT NULL DEFAULT now(),
    updated_at  timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT tenant_memberships_user_client_role_key UNIQUE (user_id, client_id, role_id),
    CONSTRAINT tenant_memberships_status_check CHECK (status IN ('active', 'suspended', 'pending'))
);

CREATE INDEX idx_tenant_memberships_user ON tenant_memberships (user_id);
