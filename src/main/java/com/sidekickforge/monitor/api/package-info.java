/**
 * The HTTP API of {@code forge-monitor serve} (DESIGN.md section 6): bearer tokens of {@code users.yml} checked
 * against their stored SHA-256, a rate limit per token, every answer built for the caller's scope, parameter
 * errors as RFC 9457 problems; the data, activity and export endpoints, the live dashboard with its partials, and
 * manual job runs.
 */
package com.sidekickforge.monitor.api;
