package com.sidekickforge.monitor.config;

import java.nio.file.Path;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** {@code recipients.yml}, read when asked, so an edited file counts from the next alert or report. */
@Component
public class Recipients {

	private final Path file;

	Recipients(ForgeProperties properties) {
		this.file = properties.configDir().resolve("recipients.yml");
	}

	public RecipientsFile current() {
		return RecipientsFile.read(this.file, System.getenv());
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
