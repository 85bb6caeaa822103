package com.sidekickforge.monitor.config;


import org.springframework.stereotype.Component;

/** {@code recipients.yml}, read when asked, so an edited file counts from the next alert or report. */
@Component
public class Recipients {

	private final LastGood<RecipientsFile> file;

	Recipients(ForgeProperties properties) {
		this.file = new LastGood<>(properties.configDir().resolve("recipients.yml"),
				(path) -> RecipientsFile.read(path, System.getenv(), properties.timezone()));
	}

	/** recipients.yml as last read well (a broken edit is logged and the last good version kept). */
	public RecipientsFile current() {
		return this.file.get();
	}

	/** The display name recipients.yml gives an address, or null. */
	public String nameOf(String address) {
		return current().byAddress(address)
			.map(Recipient::name)
			.filter((name) -> !name.isBlank())
			.orElse(null);
	}

}
