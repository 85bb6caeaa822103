package com.sidekickforge.monitor.chart;

import java.awt.Color;
import java.awt.Font;

import com.sidekickforge.monitor.quota.QuotaLevel;

/** The product's colours (dark theme) and the font charts are drawn with. */
public record ChartTheme(Color background, Color card, Color raised, Color border, Color text, Color secondaryText,
		Color teal, Color orange, Color salmon, String fontFamily) {

	/** Sidekick Forge's theme: black page, #141414 cards, teal / orange / salmon for healthy / warning / error. */
	public static final ChartTheme DARK = new ChartTheme(new Color(0x000000), new Color(0x141414), new Color(0x252525),
			new Color(0x2a2a2a), new Color(0xe0e0e0), new Color(0xa0a0a0), new Color(0x01a4a6), new Color(0xfc7244),
			new Color(0xf56453), Font.SANS_SERIF);

	public Color level(QuotaLevel level) {
		return switch (level) {
			case GREEN -> this.teal;
			case YELLOW -> this.orange;
			case RED -> this.salmon;
		};
	}

	public Font font(int style, float size) {
		return new Font(this.fontFamily, style, Math.round(size));
	}

}
