/**
 * The {@code forge-monitor} command line (picocli): the product's commands (demo, run, export, jobs, webhooks,
 * serve, check-config) and the tools of {@code tools} under one command, with the rules that turn failures into
 * messages and exit codes (0 ok, 1 failed, 2 bad usage or configuration). Nothing imports it but the main class.
 */
package com.sidekickforge.monitor.cli;
