package com.sidekickforge.monitor.report.assembly;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.sidekickforge.monitor.config.AdminLinks;
import com.sidekickforge.monitor.quota.ClientQuotas;
import com.sidekickforge.monitor.quota.QuotaMetric;
import com.sidekickforge.monitor.report.model.QuickAction;
import com.sidekickforge.monitor.report.model.SidekickStatus;
import com.sidekickforge.monitor.report.read.ClientFacts;

/** The sidekick status grid: one card per sidekick, with its status, usage, activity and quick actions. */
final class SidekickCards {

	private final AdminLinks links;

	private final Duration onlineWindow;

	SidekickCards(AdminLinks links, Duration onlineWindow) {
		this.links = links;
		this.onlineWindow = onlineWindow;
	}

	List<SidekickStatus> of(ClientFacts client, PeriodFigures period, Instant asOf) {
		List<SidekickStatus> cards = new ArrayList<>();
		for (ClientFacts.SidekickFacts sidekick : client.sidekicks()) {
			var quotas = client.quotas();
			String status = status(client, sidekick, asOf);
			List<QuickAction> actions = new ArrayList<>();
			if (!sidekick.deleted() && this.links.available()) {
				actions.add(sidekick.enabled()
						? new QuickAction("pause_sidekick", "Pause (in the admin)",
								this.links.pauseSidekick(client.id(), sidekick.agentId()))
						: new QuickAction("resume_sidekick", "Resume (in the admin)",
								this.links.resumeSidekick(client.id(), sidekick.agentId())));
				actions.add(new QuickAction("refresh_knowledge_base", "Refresh knowledge base (in the admin)",
						this.links.refreshKnowledgeBase(client.id(), sidekick.agentId())));
			}
			cards.add(new SidekickStatus(sidekick.agentId(), sidekick.name(), sidekick.slug(), client.id(),
					client.identity().name(), status, sidekick.deleted(), sidekick.activeConversations(),
					sidekick.lastActivity(),
					QuotaStatuses.sidekick(QuotaMetric.VOICE_SECONDS, sidekick.voiceUsed(),
							limit(quotas, QuotaMetric.VOICE_SECONDS), period.sidekick(sidekick.agentId(), 0)),
					QuotaStatuses.sidekick(QuotaMetric.TEXT_MESSAGES, sidekick.textUsed(),
							limit(quotas, QuotaMetric.TEXT_MESSAGES), period.sidekick(sidekick.agentId(), 1)),
					QuotaStatuses.sidekick(QuotaMetric.EMBEDDING_CHUNKS, sidekick.chunksUsed(),
							limit(quotas, QuotaMetric.EMBEDDING_CHUNKS), period.sidekick(sidekick.agentId(), 2)),
					period.sidekick(sidekick.agentId(), PeriodFigures.CONVERSATIONS),
					period.sidekick(sidekick.agentId(), 0), period.sidekick(sidekick.agentId(), 1),
					period.sidekick(sidekick.agentId(), 2),
					sidekick.deleted() ? null : this.links.sidekick(client.id(), sidekick.agentId()), List.copyOf(actions)));
		}
		return cards;
	}

	/**
	 * Offline when the sidekick is disabled or deleted or its client is not ready; online with activity inside the
	 * online window (or a conversation still going on); idle otherwise.
	 */
	String status(ClientFacts client, ClientFacts.SidekickFacts sidekick, Instant asOf) {
		if (!sidekick.enabled() || sidekick.deleted() || !client.ready()) {
			return "offline";
		}
		Instant last = sidekick.lastActivity();
		boolean recent = last != null && !last.isAfter(asOf) && last.isAfter(asOf.minus(this.onlineWindow));
		return (recent || sidekick.activeConversations() > 0) ? "online" : "idle";
	}

	private static long limit(ClientQuotas quotas, QuotaMetric metric) {
		return (quotas != null) ? quotas.quota(metric).limit() : 0;
	}

}
