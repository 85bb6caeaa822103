/**
 * Who is calling {@code serve}, on Spring Security: people with their Sidekick Forge access token (a Supabase JWT,
 * verified here; role and clients read from the platform database), service accounts with a {@code users.yml}
 * token; sessions for browsers, CSRF protection, security headers and the limits on guessing and on requests.
 */
package com.sidekickforge.monitor.security;
