/**
 * Delivery of what the jobs produce beyond their own tables: failure notices of job runs ({@code job.failed}
 * by mail and webhook, at most once per job per grace period), through the durable outbox.
 */
package com.sidekickforge.monitor.delivery;
