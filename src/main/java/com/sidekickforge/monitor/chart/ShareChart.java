package com.sidekickforge.monitor.chart;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.RingPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.general.DefaultPieDataset;

/**
 * Shares of a whole as a donut (conversations by channel): each part in a colour of its own, told apart by the
 * legend beside it, which names each part with its count and share; the total in the middle.
 */
final class ShareChart {

	private ShareChart() {
	}

	/** @param unit what is counted, in the middle under the total ("conversations") */
	public static JFreeChart of(Map<String, Long> counts, String unit, ChartTheme theme) {
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		DefaultPieDataset<String> data = new DefaultPieDataset<>();
		RingPlot plot = RingPlots.plot(data, String.format(Locale.ROOT, "%,d", total), 14, 0.32, theme);
		int index = 0;
		for (Map.Entry<String, Long> part : counts.entrySet()) {
			String label = String.format(Locale.ROOT, "%s %,d (%s %%)", part.getKey(), part.getValue(),
					(total == 0) ? "0" : String.format(Locale.ROOT, "%.0f", part.getValue() * 100.0 / total));
			data.setValue(label, part.getValue());
			List<Color> parts = theme.categories();
			plot.setSectionPaint(label, (index < parts.size()) ? parts.get(index) : theme.secondaryText());
			index++;
		}
		if (total == 0) {
			data.setValue("none yet", 1);
			plot.setSectionPaint("none yet", theme.raised());
		}
		JFreeChart chart = RingPlots.chart(plot, true, theme);
		LegendTitle legend = chart.getLegend();
		legend.setPosition(RectangleEdge.RIGHT);
		legend.setBackgroundPaint(theme.card());
		legend.setItemPaint(theme.text());
		legend.setItemFont(theme.font(Font.PLAIN, 11));
		legend.setFrame(BlockBorder.NONE);
		return chart;
	}

}
