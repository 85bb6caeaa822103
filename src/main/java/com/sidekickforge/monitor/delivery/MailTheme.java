package com.sidekickforge.monitor.delivery;

import java.awt.Color;
import java.util.Locale;
import java.util.Map;

import com.sidekickforge.monitor.chart.ChartTheme;

/** The dashboard's dark theme as the hex colours a mail's inline styles take (mail clients ignore style sheets). */
final class MailTheme {

	private MailTheme() {
	}

	static Map<String, String> colors() {
		ChartTheme t = ChartTheme.DARK;
		return Map.of("background", hex(t.background()), "card", hex(t.card()), "raised", hex(t.raised()), "border",
				hex(t.border()), "text", hex(t.text()), "secondary", hex(t.secondaryText()), "teal", hex(t.teal()),
				"orange", hex(t.orange()), "salmon", hex(t.salmon()));
	}

	static String hex(Color color) {
		return String.format(Locale.ROOT, "#%02x%02x%02x", color.getRed(), color.getGreen(), color.getBlue());
	}

}
