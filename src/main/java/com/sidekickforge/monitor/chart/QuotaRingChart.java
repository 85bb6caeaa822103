package com.sidekickforge.monitor.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.RingPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.general.DefaultPieDataset;

import com.sidekickforge.monitor.quota.Quota;

/** A quota as a ring: the used part in the level's colour, the percent in the middle, "Unlimited" when it is. */
public final class QuotaRingChart {

	private QuotaRingChart() {
	}

	public static JFreeChart of(Quota quota, ChartTheme theme) {
		DefaultPieDataset<String> data = new DefaultPieDataset<>();
		double share = quota.unlimited() ? 0 : Math.min(1, quota.used() / (double) quota.limit());
		data.setValue("used", share);
		data.setValue("left", 1 - share);
		Map<String, java.awt.Color> colours = Map.of("used", quota.unlimited() ? theme.teal() : theme.level(quota.level()),
				"left", theme.raised());
		String centre = quota.unlimited() ? "Unlimited"
				: quota.percentText();
		return ring(data, colours, centre, quota.unlimited() ? 16 : 22, caption(quota), 12, theme);
	}

	/**
	 * Several clients' quota of a metric as a ring of their levels (their limits are never added up): how many
	 * are green, yellow, red and unlimited, the number in the red in the middle.
	 */
	public static JFreeChart levels(Map<String, Integer> clientsByLevel, String caption, ChartTheme theme) {
		DefaultPieDataset<String> data = new DefaultPieDataset<>();
		clientsByLevel.forEach((level, count) -> data.setValue(level, count));
		Map<String, java.awt.Color> colours = Map.of("green", theme.teal(), "yellow", theme.orange(), "red",
				theme.salmon(), "unlimited", theme.raised());
		return ring(data, colours, clientsByLevel.getOrDefault("red", 0) + " red", 18, caption, 10, theme);
	}

	private static JFreeChart ring(DefaultPieDataset<String> data, Map<String, java.awt.Color> colours, String centre,
			int centreSize, String caption, int captionSize, ChartTheme theme) {
		RingPlot plot = new RingPlot(data);
		colours.forEach(plot::setSectionPaint);
		plot.setSectionDepth(0.28);
		plot.setSeparatorsVisible(false);
		plot.setShadowPaint(null);
		plot.setLabelGenerator(null);
		plot.setOutlineVisible(false);
		plot.setBackgroundPaint(theme.card());
		plot.setSectionOutlinesVisible(false);
		plot.setDefaultSectionOutlineStroke(new BasicStroke(0));
		plot.setCenterTextMode(org.jfree.chart.plot.CenterTextMode.FIXED);
		plot.setCenterText(centre);
		plot.setCenterTextFont(theme.font(Font.BOLD, centreSize));
		plot.setCenterTextColor(theme.text());
		plot.setStartAngle(90);
		plot.setInteriorGap(0.04);
		JFreeChart chart = new JFreeChart(null, null, plot, false);
		chart.setBackgroundPaint(theme.card());
		chart.setBorderVisible(false);
		TextTitle text = new TextTitle(caption, theme.font(Font.PLAIN, captionSize));
		text.setPaint(theme.secondaryText());
		text.setPosition(RectangleEdge.BOTTOM);
		chart.addSubtitle(text);
		return chart;
	}

	/** "42 / 100 minutes", "812 / 1,000 messages", "3,000 chunks (unlimited)". */
	static String caption(Quota quota) {
		var metric = quota.metric();
		if (quota.unlimited()) {
			return metric.withUnit(quota.used()) + ", unlimited";
		}
		return metric.format(quota.used()) + " / " + metric.withUnit(quota.limit());
	}


}
