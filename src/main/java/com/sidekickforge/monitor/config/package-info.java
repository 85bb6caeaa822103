/**
 * Settings ({@code forge.*}), the data sources they name, and the files a user edits under
 * {@code config/} and {@code jobs/}, with the schema {@code check-config} holds them to.
 */
package com.sidekickforge.monitor.config;
