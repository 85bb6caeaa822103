-- Partitioned steps spread over the nodes through Spring Batch's remote partitioning over RabbitMQ (a message
-- not acknowledged by a worker that dies is delivered to another), or run on local threads without a broker:
-- the store's own work queue of partitions and its table of live nodes are no longer read or written.
DROP TABLE partition_work;
DROP TABLE partition_node;
