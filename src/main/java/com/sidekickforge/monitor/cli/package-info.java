/**
 * The {@code forge-monitor} command line (picocli): parses commands, starts the Spring application for
 * those that need the databases, shows progress, and turns outcomes into exit codes (0 ok, 1 failed,
 * 2 bad usage or configuration).
 */
package com.sidekickforge.monitor.cli;
