-- The own store of Forge Monitor (schema monitor). For now it only remembers which demo dataset the
-- embedded databases hold, so that `demo` reuses them instead of generating the same rows again.
CREATE TABLE demo_dataset (
    id            integer PRIMARY KEY,
    fingerprint   varchar(200) NOT NULL,
    seed          bigint NOT NULL,
    clients       integer NOT NULL,
    as_of         date NOT NULL,
    rows_written  bigint NOT NULL,
    generated_at  timestamp with time zone NOT NULL,
    CONSTRAINT demo_dataset_single_row CHECK (id = 1)
);
