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

	/** The chart around a ring: the card's colour, no border, a legend when asked. */
	static JFreeChart chart(RingPlot plot, boolean legend, ChartTheme theme) {
		JFreeChart chart = new JFreeChart(null, null, plot, legend);
		chart.setBackgroundPaint(theme.card());
		chart.setBorderVisible(false);
		return chart;
	}

}
