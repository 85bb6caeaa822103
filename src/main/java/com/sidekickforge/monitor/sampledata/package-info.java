/**
 * Realistic, deterministic Sidekick Forge data for the demo, the tests and the benchmarks: the same seed
 * gives the same rows, written through JDBC batches into the real source schema.
 */
package com.sidekickforge.monitor.sampledata;
