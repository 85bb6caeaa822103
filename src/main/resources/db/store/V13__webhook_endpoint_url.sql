-- An endpoint disabled by a 410 is disabled at the URL that answered it (issue "under faults and bad input"): a
-- changed URL in webhooks.yml enables it again by itself; a superadmin can enable it again by hand.
ALTER TABLE webhook_endpoint_state ADD COLUMN url varchar(2000);
