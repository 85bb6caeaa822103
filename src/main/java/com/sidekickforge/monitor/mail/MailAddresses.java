package com.sidekickforge.monitor.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Turns an address and an optional display name into a header-safe {@link InternetAddress}, or says
 * exactly what is wrong: a line break anywhere (header injection), more than one address, or not
 * {@code local@domain}.
 */
final class MailAddresses {

	private MailAddresses() {
	}

	public static InternetAddress parse(String address, String name) {
		if (address == null || address.isBlank()) {
			throw new InvalidAddressException("an empty address");
		}
		if (containsLineBreak(address) || (name != null && containsLineBreak(name))) {
			throw new InvalidAddressException("'" + printable(address) + "'"
					+ ((name != null) ? " named '" + printable(name) + "'" : "")
					+ " contains a line break (refused: it could inject mail headers)");
		}
		String trimmed = address.trim();
		InternetAddress parsed;
		try {
			InternetAddress[] all = InternetAddress.parse(trimmed, true);
			if (all.length != 1) {
				throw new InvalidAddressException("'" + trimmed + "' is " + all.length + " addresses, expected one");
			}
			parsed = all[0];
			parsed.validate();
		}
		catch (AddressException ex) {
			throw new InvalidAddressException("'" + trimmed + "' is not a valid address: " + ex.getMessage());
		}
		String bare = parsed.getAddress();
		int at = bare.indexOf('@');
		if (at <= 0 || at == bare.length() - 1 || !bare.equals(trimmed)) {
			throw new InvalidAddressException("'" + trimmed + "' is not a plain address like name@example.com");
		}
		if (name != null && !name.isBlank()) {
			try {
				parsed.setPersonal(name.trim(), StandardCharsets.UTF_8.name());
			}
			catch (UnsupportedEncodingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return parsed;
	}

	private static boolean containsLineBreak(String text) {
		return text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\u0085') >= 0
				|| text.indexOf('\u2028') >= 0;
	}

	private static String printable(String text) {
		return text.replace("\r", "\\r").replace("\n", "\\n");
	}

	/** An address that must not be used, with the reason. */
	public static final class InvalidAddressException extends IllegalArgumentException {

		private static final long serialVersionUID = 1L;

		InvalidAddressException(String problem) {
			super("Invalid mail address: " + problem);
		}

	}

}
