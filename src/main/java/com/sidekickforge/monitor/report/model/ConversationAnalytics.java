package com.sidekickforge.monitor.report.model;

import java.util.List;
import java.util.Map;

/**
 * How conversations went in the chosen period.
 *
 * @param total conversations started, with the previous period's for comparison
 * @param avgVoiceDurationMinutes finished voice calls' average length (LiveKit {@code room_finished})
 * @param byHour conversations started per hour of day (billing zone), 24 entries
 * @param heatmap weekday (Monday first) x hour, 7 x 24
 * @param statusTracked false when no tenant in scope records a conversation status ("not tracked")
 */
public record ConversationAnalytics(Trend total, double avgVoiceDurationMinutes, double avgMessagesPerConversation,
		long voiceCalls, Map<String, Long> byChannel, Map<String, Long> byStatus, List<Long> byHour,
		List<List<Long>> heatmap, boolean statusTracked) {
}
