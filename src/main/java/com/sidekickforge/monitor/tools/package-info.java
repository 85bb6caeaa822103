/**
 * Commands for people who build and measure Forge Monitor rather than run it: {@code generate} (sample data at
 * any size), {@code bench-rollup} and {@code bench-report} (the benchmarks of docs/performance.md) and
 * {@code sql} (a query against the demo's or a configured database).
 */
package com.sidekickforge.monitor.tools;
