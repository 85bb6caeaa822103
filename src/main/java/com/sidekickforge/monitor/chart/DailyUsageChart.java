package com.sidekickforge.monitor.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.time.LocalDate;
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

/** A metric per day as bars (a month's usage, a period's trend), in the theme's colours. */
public final class DailyUsageChart {

	private DailyUsageChart() {
	}

	/**
	 * @param days every day to show, in order, with its amount in the unit people read (minutes, messages)
	 * @param unit the axis label
	 */
	public static JFreeChart of(Map<LocalDate, ? extends Number> days, String unit, ChartTheme theme) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		days.forEach((day, amount) -> data.addValue(amount, unit, Integer.toString(day.getDayOfMonth())));
		CategoryAxis dayAxis = new CategoryAxis(null);
		dayAxis.setTickLabelFont(theme.font(Font.PLAIN, 9));
		dayAxis.setTickLabelPaint(theme.secondaryText());
		dayAxis.setAxisLinePaint(theme.border());
		dayAxis.setTickMarksVisible(false);
		dayAxis.setCategoryMargin(0.2);
		dayAxis.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
		NumberAxis amountAxis = new NumberAxis(unit);
		amountAxis.setLabelFont(theme.font(Font.PLAIN, 10));
		amountAxis.setLabelPaint(theme.secondaryText());
		amountAxis.setTickLabelFont(theme.font(Font.PLAIN, 9));
		amountAxis.setTickLabelPaint(theme.secondaryText());
		amountAxis.setAxisLineVisible(false);
		amountAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		BarRenderer bars = new BarRenderer();
		bars.setSeriesPaint(0, theme.teal());
		bars.setBarPainter(new StandardBarPainter());
		bars.setShadowVisible(false);
		bars.setDrawBarOutline(false);
		bars.setMaximumBarWidth(0.05);
		CategoryPlot plot = new CategoryPlot(data, dayAxis, amountAxis, bars);
		plot.setOrientation(PlotOrientation.VERTICAL);
		plot.setBackgroundPaint(theme.card());
		plot.setOutlineVisible(false);
		plot.setRangeGridlinePaint(theme.border());
		plot.setRangeGridlineStroke(new BasicStroke(0.5f));
		plot.setDomainGridlinesVisible(false);
		JFreeChart chart = new JFreeChart(null, null, plot, false);
		chart.setBackgroundPaint(theme.card());
		chart.setBorderVisible(false);
		return chart;
	}

}
