package com.sidekickforge.monitor.mail;

import com.sidekickforge.monitor.outbox.OutboxMessage;

/** Builds the mail of one kind of event from what the outbox message refers to. */
public interface MailComposer {

	/** Whether it composes mails of this event type. */
	boolean composes(String eventType);

	/** The content of the message's mail to its destination. */
	ComposedMail compose(OutboxMessage message);

}
