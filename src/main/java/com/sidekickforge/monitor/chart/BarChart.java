package com.sidekickforge.monitor.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** Counts per label as bars: conversations by channel, by hour of day. */
final class BarChart {

	private BarChart() {
	}

	/** @param horizontal bars across (few labels with long names) rather than up */
	public static JFreeChart of(Map<String, Long> counts, String unit, boolean horizontal, ChartTheme theme) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		counts.forEach((label, count) -> data.addValue(count, unit, label));
		// Many bars (24 hours): label every third, or the labels run into each other.
		CategoryAxis labels = new ThinnedCategoryAxis(List.copyOf(counts.keySet()), (counts.size() > 12) ? 3 : 1);
		labels.setTickLabelFont(theme.font(Font.PLAIN, 8));
		labels.setTickLabelPaint(theme.secondaryText());
		labels.setAxisLinePaint(theme.border());
		labels.setTickMarksVisible(false);
		labels.setCategoryMargin(0.15);
		labels.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
		labels.setMaximumCategoryLabelWidthRatio(4f);
		NumberAxis amounts = new NumberAxis(null);
		amounts.setTickLabelFont(theme.font(Font.PLAIN, 8));
		amounts.setTickLabelPaint(theme.secondaryText());
		amounts.setAxisLineVisible(false);
		amounts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		BarRenderer bars = new BarRenderer();
		bars.setSeriesPaint(0, theme.teal());
		bars.setBarPainter(new StandardBarPainter());
		bars.setShadowVisible(false);
		bars.setDrawBarOutline(false);
		bars.setMaximumBarWidth(0.08);
		CategoryPlot plot = new CategoryPlot(data, labels, amounts, bars);
		plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
		plot.setBackgroundPaint(theme.card());
		plot.setOutlineVisible(false);
		plot.setRangeGridlinePaint(theme.border());
		plot.setRangeGridlineStroke(new BasicStroke(0.5f));
		JFreeChart chart = new JFreeChart(null, null, plot, false);
		chart.setBackgroundPaint(theme.card());
		chart.setBorderVisible(false);
		return chart;
	}

}
