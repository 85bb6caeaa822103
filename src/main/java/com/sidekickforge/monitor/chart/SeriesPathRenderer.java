package com.sidekickforge.monitor.chart;

import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.CategoryDataset;

/**
 * Lines without shapes, each series drawn as one path instead of one segment per pair of buckets: a year of days is
 * one SVG element per series rather than 364 (and a PDF path rather than 364 strokes), and a dashed series keeps
 * its dash pattern across buckets. A missing value breaks the line, as it does in {@link LineAndShapeRenderer}.
 */
final class SeriesPathRenderer extends LineAndShapeRenderer {

	private static final long serialVersionUID = 1L;

	SeriesPathRenderer() {
		super(true, false);
	}

	@Override
	public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
			CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
		int columns = dataset.getColumnCount();
		// The whole series at its last bucket, once; pass 1 would draw shapes, which this renderer has none of.
		if (pass != 0 || column != columns - 1 || !getItemVisible(row, column)) {
			return;
		}
		Path2D.Double path = new Path2D.Double();
		boolean drawing = false;
		boolean vertical = plot.getOrientation() == PlotOrientation.VERTICAL;
		for (int c = 0; c < columns; c++) {
			Number value = dataset.getValue(row, c);
			if (value == null) {
				drawing = false;
				continue;
			}
			double x = domainAxis.getCategoryMiddle(c, columns, dataArea, plot.getDomainAxisEdge());
			double y = rangeAxis.valueToJava2D(value.doubleValue(), dataArea, plot.getRangeAxisEdge());
			double px = vertical ? x : y;
			double py = vertical ? y : x;
			if (drawing) {
				path.lineTo(px, py);
			}
			else {
				path.moveTo(px, py);
				drawing = true;
			}
		}
		g2.setPaint(getItemPaint(row, column));
		g2.setStroke(getItemStroke(row, column));
		g2.draw(path);
	}

}
