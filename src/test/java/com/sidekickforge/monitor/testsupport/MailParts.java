package com.sidekickforge.monitor.testsupport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** What a person sees of a received mail: its plain text, and the file names of the images shown inside it. */
public final class MailParts {

	private MailParts() {
	}

	/** The plain-text parts (not attached files), in order. */
	public static String text(Part part) throws Exception {
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				text.append(text(multipart.getBodyPart(i)));
			}
			return text.toString();
		}
		if (part.isMimeType("text/plain") && part.getFileName() == null) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			part.getDataHandler().writeTo(bytes);
			return bytes.toString(StandardCharsets.UTF_8);
		}
		return "";
	}

	/** The file names of the inline images. */
	public static List<String> inlineImages(Part part) throws Exception {
		List<String> names = new ArrayList<>();
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				names.addAll(inlineImages(multipart.getBodyPart(i)));
			}
		}
		else if (part.isMimeType("image/*") && Part.INLINE.equalsIgnoreCase(part.getDisposition())) {
			names.add(part.getFileName());
		}
		return names;
	}

}
