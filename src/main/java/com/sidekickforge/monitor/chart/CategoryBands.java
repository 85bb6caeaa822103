package com.sidekickforge.monitor.chart;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Where each category of a drawn category chart lies: one band per category (a day of the trend, an hour's bar)
 * across the plot's whole data area, the bands touching each other. A page lays its hover and focus targets over
 * them, so that a value is found by pointing anywhere above or below its point, not only on a thin line.
 */
public final class CategoryBands {

	private CategoryBands() {
	}

	/**
	 * @param dataArea the plot's data area as the chart was drawn ({@code ChartRenderingInfo.getPlotInfo().getDataArea()})
	 * @return one band per category, in the dataset's order; empty when the chart is no category chart
	 */
	public static List<Rectangle2D> of(JFreeChart chart, Rectangle2D dataArea) {
		if (!(chart.getPlot() instanceof CategoryPlot plot) || plot.getDataset() == null) {
			return List.of();
		}
		int count = plot.getDataset().getColumnCount();
		CategoryAxis axis = plot.getDomainAxis();
		boolean vertical = plot.getOrientation() == PlotOrientation.VERTICAL;
		RectangleEdge edge = vertical ? RectangleEdge.BOTTOM : RectangleEdge.LEFT;
		double from = vertical ? dataArea.getMinX() : dataArea.getMinY();
		double to = vertical ? dataArea.getMaxX() : dataArea.getMaxY();
		List<Rectangle2D> bands = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			double start = (i == 0) ? from
					: (axis.getCategoryMiddle(i - 1, count, dataArea, edge) + axis.getCategoryMiddle(i, count, dataArea, edge)) / 2;
			double end = (i == count - 1) ? to
					: (axis.getCategoryMiddle(i, count, dataArea, edge) + axis.getCategoryMiddle(i + 1, count, dataArea, edge)) / 2;
			bands.add(vertical ? new Rectangle2D.Double(start, dataArea.getMinY(), end - start, dataArea.getHeight())
					: new Rectangle2D.Double(dataArea.getMinX(), start, dataArea.getWidth(), end - start));
		}
		return bands;
	}

}
