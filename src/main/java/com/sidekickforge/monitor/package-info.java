/**
 * Forge Monitor: monitoring, reporting and alerting for Sidekick Forge. This package is the composition
 * root: the command line's entry point and the Spring application.
 */
package com.sidekickforge.monitor;
