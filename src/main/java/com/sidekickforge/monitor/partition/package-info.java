/**
 * Partitioned steps: split by client, restarted from their unfinished partitions only, run either on this process's
 * threads (no broker) or, with {@code forge.partitions.remote}, through Spring Batch's remote partitioning over
 * RabbitMQ ({@code amqp}) on the {@code serve} nodes.
 */
package com.sidekickforge.monitor.partition;
