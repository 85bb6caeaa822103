package com.sidekickforge.monitor.report.model;

import java.time.Instant;

/**
 * A webhook endpoint a 410 Gone disabled: nothing goes to it until its URL changes in webhooks.yml or a superadmin
 * enables it again ({@code enableCommand}).
 */
public record DisabledWebhook(String name, String url, Instant since, String reason, String enableCommand) {
}
