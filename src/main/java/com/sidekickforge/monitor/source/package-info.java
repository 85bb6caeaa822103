/**
 * Reading Sidekick Forge: the real platform and tenant schema (as Flyway migrations for demo and test
 * databases), client identity, where each client's tenant tables are, and the SQL dialects of H2 and PostgreSQL.
 * Imports only {@code config} (the settings and {@code tenants.yml}).
 */
package com.sidekickforge.monitor.source;
