-- Sidekick Forge keeps a client's tier as a PostgreSQL enum.
CREATE TYPE client_tier AS ENUM ('adventurer', 'champion', 'paragon');
