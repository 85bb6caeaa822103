/**
 * The demo: fills the embedded H2 databases with generated Sidekick Forge data (or reuses them), lists
 * the tenant databases in the demo's {@code config/tenants.yml}, and runs the jobs once.
 */
package com.sidekickforge.monitor.demo;
