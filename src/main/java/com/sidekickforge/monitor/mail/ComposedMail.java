package com.sidekickforge.monitor.mail;

import java.util.List;

/**
 * A mail's content, ready to be put into a MIME message.
 *
 * @param text the plain-text alternative
 * @param html the HTML alternative; its images refer to {@code cid:<InlineImage.contentId>}
 */
public record ComposedMail(String subject, String text, String html, List<InlineImage> images,
		List<Attachment> attachments) {

	/** A PNG shown inside the HTML, sent as {@code <contentId>.png}. */
	public record InlineImage(String contentId, byte[] png) {
	}

	/** A file attached to the mail. */
	public record Attachment(String fileName, String contentType, byte[] content) {
	}

}
