-- Reports mailed to their recipients (issue "scheduling, delivery and the HTTP API"): one row per recipient and
-- scope of a report run, which its outbox mail refers to. The id is derived from the run and the recipient, so
-- a restarted run finds its deliveries already written and queues nothing twice.
CREATE TABLE report_delivery (
    id           uuid NOT NULL,
    schedule     varchar(100) NOT NULL,
    period       varchar(20) NOT NULL,
    as_of        timestamp with time zone NOT NULL,
    address      varchar(320) NOT NULL,
    client_id    uuid,
    scope_label  varchar(500) NOT NULL,
    exports_path varchar(500) NOT NULL,
    formats      varchar(100) NOT NULL,
    CONSTRAINT report_delivery_pk PRIMARY KEY (id)
);
