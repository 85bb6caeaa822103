/**
 * What the service announces to people and machines: the event types and the Standard Webhooks event
 * ({@code {type, timestamp, data}}). Imports nothing of the rest of the service, so every part may use it.
 */
package com.sidekickforge.monitor.event;
