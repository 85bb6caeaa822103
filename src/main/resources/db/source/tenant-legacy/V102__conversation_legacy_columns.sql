-- Older tenants also track these on conversations; newer ones do not, and readers must cope with both.
ALTER TABLE conversations ADD COLUMN status text DEFAULT 'active';
ALTER TABLE conversations ADD COLUMN conversation_title text;
ALTER TABLE conversations ADD COLUMN duration integer;
ALTER TABLE conversations ADD COLUMN last_interaction_at timestamp with time zone;
ALTER TABLE conversations ADD CONSTRAINT conversations_status_check CHECK (status IN ('active', 'archived', 'deleted'));
