package com.sidekickforge.monitor.source;

/**
 * A client and, when it has its own, its LiveKit server and keys (the {@code clients} table).
 *
 * @param url null when the client uses the platform's server
 */
public record ClientLiveKit(ClientIdentity client, String url, String apiKey, String apiSecret) {
}
