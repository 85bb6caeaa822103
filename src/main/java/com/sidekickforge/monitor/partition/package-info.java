/**
 * Partitioned steps spread over the nodes that share the store: the manager offers its partitions in the
 * {@code partition_work} table, assigned to live nodes; each node claims what is assigned to it (and what a dead node
 * left) with a lease, and runs the worker step from the shared job repository. A single process (H2, the command
 * line) simply runs every partition itself.
 */
package com.sidekickforge.monitor.partition;
