-- H2 has no CREATE TYPE ... AS ENUM: a checked domain gives the same name and the same accepted values.
CREATE DOMAIN client_tier AS VARCHAR(20) CHECK (VALUE IN ('adventurer', 'champion', 'paragon'));
