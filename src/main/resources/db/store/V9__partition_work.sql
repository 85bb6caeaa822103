-- Partitions of a partitioned step (issue "scheduling, delivery and the HTTP API", scale-out): the manager
-- offers one row per partition's step execution, assigned to a live node; that node (or, when it dies, any
-- other) claims it with a lease it keeps renewing while it runs the worker step. The version column makes
-- every claim a compare-and-set, so two nodes never run one partition at once.
CREATE TABLE partition_work (
    step_execution_id bigint NOT NULL,
    job_execution_id  bigint NOT NULL,
    manager_step      varchar(100) NOT NULL,
    worker_step       varchar(100) NOT NULL,
    partition_name    varchar(200) NOT NULL,
    assigned_to       varchar(200) NOT NULL,
    claimed_by        varchar(200),
    status            varchar(10) NOT NULL,
    version           integer NOT NULL,
    claims            integer NOT NULL,
    offered_at        timestamp with time zone NOT NULL,
    lease_until       timestamp with time zone,
    finished_at       timestamp with time zone,
    CONSTRAINT partition_work_pk PRIMARY KEY (step_execution_id),
    CONSTRAINT partition_work_status CHECK (status IN ('OPEN', 'CLAIMED', 'DONE'))
);

CREATE INDEX partition_work_pending ON partition_work (status, job_execution_id);

-- Nodes that take partitions, and when each last said it was alive: partitions are assigned to live nodes only.
CREATE TABLE partition_node (
    node    varchar(200) NOT NULL,
    seen_at timestamp with time zone NOT NULL,
    CONSTRAINT partition_node_pk PRIMARY KEY (node)
);
