/**
 * Quota alerts: the {@code quota-alerts} job evaluates every quota against its thresholds and, ahead of them,
 * projects exhaustion and judges each sidekick's day; a ledger's primary key makes each announced exactly once,
 * with its notice, activity event and outbox messages (or digest items, for people who take a daily digest)
 * written in the same transaction. Mails wait out each person's quiet hours; webhooks never wait.
 */
package com.sidekickforge.monitor.alert;
