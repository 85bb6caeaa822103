/**
 * Webhooks as Standard Webhooks define them: a {@code {type, timestamp, data}} body signed with the endpoint's
 * {@code whsec_} secret, POSTed without following redirects, or written as a file when mail goes to files.
 */
package com.sidekickforge.monitor.webhook;
