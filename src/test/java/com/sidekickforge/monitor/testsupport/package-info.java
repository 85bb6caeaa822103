/**
 * Shared test fixtures: embedded H2 databases, the PostgreSQL server the tests use (chosen once per run),
 * and a fresh database per test family.
 */
package com.sidekickforge.monitor.testsupport;
