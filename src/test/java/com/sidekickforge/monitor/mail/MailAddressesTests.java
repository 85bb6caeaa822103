package com.sidekickforge.monitor.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailAddressesTests {

	@Test
	void aPlainAddressWithANameIsAccepted() {
		assertThat(MailAddresses.parse(" ops@example.com ", "Ops Team").toString()).isEqualTo("Ops Team <ops@example.com>");
		assertThat(MailAddresses.parse("ops@example.com", "Zürich Ops").getPersonal()).isEqualTo("Zürich Ops");
	}

	@Test
	void lineBreaksThatCouldInjectHeadersAreRefused() {
		assertThatThrownBy(() -> MailAddresses.parse("a@example.com\r\nBcc: b@evil.example", null))
			.hasMessageContaining("line break")
			.hasMessageContaining("a@example.com\\r\\nBcc");
		assertThatThrownBy(() -> MailAddresses.parse("a@example.com", "Name\nBcc: b@evil.example"))
			.hasMessageContaining("line break");
	}

	@Test
	void oddAddressesAreRefusedSayingWhy() {
		assertThatThrownBy(() -> MailAddresses.parse("a@example.com, b@example.com", null)).hasMessageContaining("2 addresses");
		assertThatThrownBy(() -> MailAddresses.parse("no-at-sign", null)).hasMessageContaining("no-at-sign");
		assertThatThrownBy(() -> MailAddresses.parse("Name <a@example.com>", null))
			.hasMessageContaining("plain address");
		assertThatThrownBy(() -> MailAddresses.parse(" ", null)).hasMessageContaining("empty");
	}

}
