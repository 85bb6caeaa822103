package com.sidekickforge.monitor.chart;

import java.awt.Color;
import java.awt.Font;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.RingPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.general.DefaultPieDataset;

import com.sidekickforge.monitor.report.model.DisplayFormat;
import com.sidekickforge.monitor.report.model.QuotaStatus;

/**
 * A quota as a ring: the used part in the level's colour, the percent in the middle and used / limit below; an
 * unlimited one whole, with the amount used in it. Several clients: a ring of how many are at each level, with a
 * legend naming the levels.
 */
public final class QuotaRingChart {

	/** Figures as every output writes them; a ring shows no time, so the zone is of no account. */
	private static final DisplayFormat FIGURES = DisplayFormat.of(ZoneOffset.UTC);

	private QuotaRingChart() {
	}

	/** One client's quota (a limit of its own): the used share of the ring, its percent or, unlimited, its amount. */
	public static JFreeChart of(QuotaStatus quota, ChartTheme theme) {
		DefaultPieDataset<String> data = new DefaultPieDataset<>();
		// Unlimited: a whole ring in the healthy colour with the amount used in it, never an empty grey one.
		double share = quota.unlimited() ? 1 : Math.min(1, quota.used() / (double) quota.limit());
		data.setValue("used", share);
		data.setValue("left", 1 - share);
		Map<String, Color> colours = Map.of("used", quota.unlimited() ? theme.teal() : theme.level(quota),
				"left", theme.raised());
		String centre = quota.unlimited() ? FIGURES.figure(quota.metric(), quota.used()) : FIGURES.percent(quota);
		return ring(data, colours, centre, quota.unlimited() ? 18 : 22, false, FIGURES.headline(quota), 12, theme);
	}

	/**
	 * Several clients' quota of a metric as a ring of their levels (their limits are never added up): how many
	 * are green, yellow, red and unlimited, the number in the red in the middle.
	 */
	public static JFreeChart levels(Map<String, Integer> clientsByLevel, String caption, ChartTheme theme) {
		DefaultPieDataset<String> data = new DefaultPieDataset<>();
		Map<String, Color> colours = new LinkedHashMap<>();
		// Named by what they count, as the legend says it: a reader needs no key to the colours.
		for (String level : List.of("green", "yellow", "red", "unlimited")) {
			data.setValue(LEVEL_NAMES.get(level), clientsByLevel.getOrDefault(level, 0));
		}
		colours.put(LEVEL_NAMES.get("green"), theme.teal());
		colours.put(LEVEL_NAMES.get("yellow"), theme.orange());
		colours.put(LEVEL_NAMES.get("red"), theme.salmon());
		colours.put(LEVEL_NAMES.get("unlimited"), theme.secondaryText());
		int all = clientsByLevel.values().stream().mapToInt(Integer::intValue).sum();
		// Smaller than a percent: "12 of 1,000" must fit the hole of a ring whose legend takes two lines.
		return ring(data, colours, clientsByLevel.getOrDefault("red", 0) + " of " + all, 14, true, caption, 10, theme);
	}

	/** The levels as the legend and the cards name them. */
	public static final Map<String, String> LEVEL_NAMES = Map.of("green", "under 60 %", "yellow", "60-80 %", "red",
			"over 80 %", "unlimited", "unlimited");

	private static JFreeChart ring(DefaultPieDataset<String> data, Map<String, Color> colours, String centre,
			int centreSize, boolean legend, String caption, int captionSize, ChartTheme theme) {
		RingPlot plot = RingPlots.plot(data, centre, centreSize, 0.28, theme);
		colours.forEach(plot::setSectionPaint);
		JFreeChart chart = RingPlots.chart(plot, legend, theme);
		if (legend) {
			chart.getLegend().setBackgroundPaint(theme.card());
			chart.getLegend().setItemPaint(theme.secondaryText());
			chart.getLegend().setItemFont(theme.font(Font.PLAIN, captionSize));
			chart.getLegend().setFrame(BlockBorder.NONE);
		}
		TextTitle text = new TextTitle(caption, theme.font(Font.PLAIN, captionSize));
		text.setPaint(theme.secondaryText());
		text.setPosition(RectangleEdge.BOTTOM);
		chart.addSubtitle(text);
		return chart;
	}

}
