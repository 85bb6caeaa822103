/**
 * Settings ({@code forge.*}), the data sources they name, and the files a user edits under
 * {@code config/} and {@code jobs/}, with the schema {@code check-config} holds them to, and how those files name a
 * client ({@code ClientSlug}). Below every feature: imports only the kinds of event ({@code event}).
 */
package com.sidekickforge.monitor.config;
