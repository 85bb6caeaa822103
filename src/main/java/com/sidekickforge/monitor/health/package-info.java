/**
 * The {@code health-check} job: real probes of LiveKit (Twirp {@code ListRooms} with a signed access token), of
 * every database (platform, tenants, store) and of Sidekick Forge's API, recorded as samples that the reports read.
 */
package com.sidekickforge.monitor.health;
