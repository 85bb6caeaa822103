-- The daily digest of a person who asked for one (recipients.yml digest-at): each alert mail they would have got
-- is an item, written in the transaction that announced the alert, due at their next digest time. A digest row
-- gathers the due items of one address and due time into one mail; its unique key lets one run or node form it.
CREATE TABLE alert_digest (
    id            uuid NOT NULL,
    address       varchar(320) NOT NULL,
    due_at        timestamp with time zone NOT NULL,
    created_at    timestamp with time zone NOT NULL,
    CONSTRAINT alert_digest_pk PRIMARY KEY (id),
    CONSTRAINT alert_digest_once UNIQUE (address, due_at)
);

-- title: the alert's sentence as the activity timeline has it; digest_id: null until gathered.
CREATE TABLE alert_digest_item (
    address       varchar(320) NOT NULL,
    notice_id     uuid NOT NULL,
    event_type    varchar(40) NOT NULL,
    client_id     uuid NOT NULL,
    client_name   varchar(500) NOT NULL,
    title         varchar(1000) NOT NULL,
    occurred_at   timestamp with time zone NOT NULL,
    due_at        timestamp with time zone NOT NULL,
    digest_id     uuid,
    CONSTRAINT alert_digest_item_pk PRIMARY KEY (address, notice_id),
    CONSTRAINT alert_digest_item_digest FOREIGN KEY (digest_id) REFERENCES alert_digest (id)
);
CREATE INDEX alert_digest_item_due ON alert_digest_item (due_at);
