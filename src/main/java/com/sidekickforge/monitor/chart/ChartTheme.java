package com.sidekickforge.monitor.chart;

import java.awt.Color;
import java.awt.Font;
import java.util.List;

import com.sidekickforge.monitor.report.model.QuotaStatus;

/** The product's colours (dark theme) and the font charts are drawn with. */
public record ChartTheme(Color background, Color card, Color raised, Color border, Color text, Color secondaryText,
		Color teal, Color orange, Color salmon, String fontFamily) {

	/** Sidekick Forge's theme: black page, #141414 cards, teal / orange / salmon for healthy / warning / error. */
	public static final ChartTheme DARK = new ChartTheme(new Color(0x000000), new Color(0x141414), new Color(0x252525),
			new Color(0x2a2a2a), new Color(0xe0e0e0), new Color(0xa0a0a0), new Color(0x01a4a6), new Color(0xfc7244),
			new Color(0xf56453), Font.SANS_SERIF);

	/**
	 * The same colours on a white page, for print: the brand's teal, orange and salmon, dark text, light
	 * greys for rings and grid lines. Drawn with the bundled {@link ChartFonts#FAMILY}.
	 */
	public static final ChartTheme LIGHT = new ChartTheme(new Color(0xffffff), new Color(0xffffff),
			new Color(0xe8e8e8), new Color(0xd0d0d0), new Color(0x1a1a1a), new Color(0x5a5a5a), new Color(0x01a4a6),
			new Color(0xfc7244), new Color(0xf56453), ChartFonts.FAMILY);

	/** The dark theme drawn with the bundled font (dashboard SVG), so text measures the same everywhere. */
	public static final ChartTheme DARK_BUNDLED = new ChartTheme(DARK.background, DARK.card, DARK.raised, DARK.border,
			DARK.text, DARK.secondaryText, DARK.teal, DARK.orange, DARK.salmon, ChartFonts.FAMILY);

	/**
	 * Colours for things that are only different, not better or worse (series, channels): the brand's teal, then
	 * the Okabe-Ito palette's orange, sky blue, reddish purple, yellow and blue, told apart by colour-blind
	 * readers too. The levels keep teal, orange and salmon.
	 */
	public List<Color> categories() {
		return List.of(this.teal, new Color(0xe69f00), new Color(0x56b4e9), new Color(0xcc79a7),
				new Color(0xf0e442), new Color(0x0072b2));
	}

	/** The colour of a quota's level: teal when green, orange when yellow, salmon when red. */
	public Color level(QuotaStatus quota) {
		return switch (quota.level()) {
			case GREEN -> this.teal;
			case YELLOW -> this.orange;
			case RED -> this.salmon;
		};
	}

	public Font font(int style, float size) {
		return new Font(this.fontFamily, style, Math.round(size));
	}

}
