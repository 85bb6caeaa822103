/**
 * The durable outbox: every mail and webhook is a row written in the transaction that decided to send it,
 * through the one {@link com.sidekickforge.monitor.outbox.Announcer} (quota alerts, failed runs and published
 * reports alike), delivered by a worker that leases it first, retried on the Standard Webhooks schedule with
 * jitter, then dead-lettered; nothing is lost across restarts and no row is delivered by two workers.
 */
package com.sidekickforge.monitor.outbox;
