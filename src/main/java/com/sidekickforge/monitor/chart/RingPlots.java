package com.sidekickforge.monitor.chart;

import java.awt.BasicStroke;
import java.awt.Font;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CenterTextMode;
import org.jfree.chart.plot.RingPlot;
import org.jfree.data.general.DefaultPieDataset;

/** The one look of every ring (quotas, shares): flat, on the card's colour, a text in the middle. */
final class RingPlots {

	private RingPlots() {
	}

	/** A ring plot of the data with the text in its middle; the caller paints the sections. */
	static RingPlot plot(DefaultPieDataset<String> data, String centre, int centreSize, double depth, ChartTheme theme) {
		RingPlot plot = new RingPlot(data);
		plot.setSectionDepth(depth);
		plot.setSeparatorsVisible(false);
		plot.setShadowPaint(null);
		plot.setLabelGenerator(null);
		plot.setOutlineVisible(false);
		plot.setBackgroundPaint(theme.card());
		plot.setSectionOutlinesVisible(false);
		plot.setDefaultSectionOutlineStroke(new BasicStroke(0));
		plot.setCenterTextMode(CenterTextMode.FIXED);
		plot.setCenterText(centre);
		plot.setCenterTextFont(theme.font(Font.BOLD, centreSize));
		plot.setCenterTextColor(theme.text());
		plot.setStartAngle(90);
		plot.setInteriorGap(0.04);
		return plot;
	}

	/**
	 * The chart around a ring: the card's colour, no border, a legend when asked. JFreeChart draws the centre text
	 * with the ring's first section and skips a section of nothing, so a ring at 0 % had no "0 %" in it: a first
	 * section of nothing is drawn as a sliver of a billionth, which no page or screen can show.
	 */
	@SuppressWarnings("unchecked")
	static JFreeChart chart(RingPlot plot, boolean legend, ChartTheme theme) {
		var data = (DefaultPieDataset<String>) plot.getDataset();
		if (data.getItemCount() > 0 && data.getValue(0) != null && data.getValue(0).doubleValue() == 0) {
			data.setValue(data.getKey(0), 1e-9);
		}
		plot.setMinimumArcAngleToDraw(0);
		JFreeChart chart = new JFreeChart(null, null, plot, legend);
		chart.setBackgroundPaint(theme.card());
		chart.setBorderVisible(false);
		return chart;
	}

}
