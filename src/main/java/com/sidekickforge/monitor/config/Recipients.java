package com.sidekickforge.monitor.config;

import java.nio.file.Path;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** {@code recipients.yml}, read when asked, so an edited file counts from the next alert or report. */
@Component
public class Recipients {

	private final LastGood<RecipientsFile> file;

	Recipients(ForgeProperties properties) {
		this.file = new LastGood<>(properties.configDir().resolve("recipients.yml"),
				(path) -> RecipientsFile.read(path, System.getenv()));
	}

	/** recipients.yml as last read well (a broken edit is logged and the last good version kept). */
	public RecipientsFile current() {
		return this.file.get();
	}

	/** The display name recipients.yml gives an address, or null. */
	public String nameOf(String address) {
		String wanted = address.trim().toLowerCase(Locale.ROOT);
		return current().recipients()
			.stream()
			.filter((r) -> r.email().trim().toLowerCase(Locale.ROOT).equals(wanted))
			.map(Recipient::name)
			.filter((name) -> name != null && !name.isBlank())
			.findFirst()
			.orElse(null);
	}

}
