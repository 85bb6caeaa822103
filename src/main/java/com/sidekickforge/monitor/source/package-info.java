/**
 * Reading Sidekick Forge: the real platform and tenant schema (as Flyway migrations for demo and test
 * databases), client identity (id or slug) and the SQL dialects of H2 and PostgreSQL.
 * Imports nothing else of Forge Monitor.
 */
package com.sidekickforge.monitor.source;
