package com.sidekickforge.monitor.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Usage over a period as lines, one per series (voice minutes, text messages, embedding chunks), over the
 * period's buckets: the dashboard's "usage trends", the PDF's trend page.
 */
final class UsageTrendChart {

	/** Bucket labels shown at most: a 12-month or 30-day axis stays readable. */
	static final int MAX_LABELS = 8;

	private UsageTrendChart() {
	}

	/**
	 * @param buckets the bucket labels in order ("3 Nov", "Nov 2026", ...)
	 * @param series each series' values, one per bucket, in the order they are drawn
	 */
	public static JFreeChart of(List<String> buckets, Map<String, double[]> series, ChartTheme theme) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		series.forEach((name, values) -> {
			for (int i = 0; i < buckets.size(); i++) {
				data.addValue(values[i], name, buckets.get(i));
			}
		});
		// Labels may be wider than their category; thinned out so they never overlap.
		CategoryAxis axis = new ThinnedCategoryAxis(buckets, (buckets.size() + MAX_LABELS - 1) / MAX_LABELS);
		axis.setTickLabelFont(theme.font(Font.PLAIN, 8));
		axis.setTickLabelPaint(theme.secondaryText());
		axis.setAxisLinePaint(theme.border());
		axis.setTickMarksVisible(false);
		axis.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
		axis.setMaximumCategoryLabelWidthRatio(5f);
		NumberAxis amounts = new NumberAxis(null);
		amounts.setTickLabelFont(theme.font(Font.PLAIN, 8));
		amounts.setTickLabelPaint(theme.secondaryText());
		amounts.setAxisLineVisible(false);
		amounts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		LineAndShapeRenderer lines = new SeriesPathRenderer();
		// Distinct in colour and in line: solid, dashed, dotted, so that no reader needs the colours to tell them apart.
		List<Color> colours = theme.categories();
		float[][] dashes = { null, { 7f, 4f }, { 2f, 3f } };
		for (int i = 0; i < series.size(); i++) {
			lines.setSeriesPaint(i, colours.get(i % colours.size()));
			float[] dash = dashes[i % dashes.length];
			lines.setSeriesStroke(i, (dash == null) ? new BasicStroke(1.8f)
					: new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f));
		}
		CategoryPlot plot = new CategoryPlot(data, axis, amounts, lines);
		plot.setBackgroundPaint(theme.card());
		plot.setOutlineVisible(false);
		plot.setRangeGridlinePaint(theme.border());
		plot.setRangeGridlineStroke(new BasicStroke(0.5f));
		JFreeChart chart = new JFreeChart(null, null, plot, true);
		chart.setBackgroundPaint(theme.card());
		chart.setBorderVisible(false);
		LegendTitle legend = chart.getLegend();
		legend.setItemFont(theme.font(Font.PLAIN, 9));
		legend.setItemPaint(theme.text());
		legend.setBackgroundPaint(theme.card());
		legend.setFrame(BlockBorder.NONE);
		legend.setPosition(RectangleEdge.TOP);
		return chart;
	}

}
