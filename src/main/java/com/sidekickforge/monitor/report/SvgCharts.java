package com.sidekickforge.monitor.report;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

import com.sidekickforge.monitor.chart.ChartTheme;

/**
 * The dashboard's charts as inline SVG (JFreeSVG), from the same chart code as the PDF, in the dark theme.
 * Each SVG scales with its box (a view box, no fixed size) and has its own id prefix, so several in one page
 * never share a clip path.
 */
final class SvgCharts {

	private final ReportCharts charts = new ReportCharts(ChartTheme.DARK_BUNDLED);

	String ring(QuotaStatus quota, String id) {
		return svg(this.charts.ring(quota), 220, 200, id);
	}

	String trend(MonitoringData data, String id) {
		JFreeChart chart = this.charts.trend(data);
		chart.removeLegend(); // the page's own buttons are the legend, and toggle the series
		return svg(chart, 640, 260, id);
	}

	String channels(MonitoringData data, String id) {
		return svg(this.charts.channels(data), 320, 180, id);
	}

	String statuses(MonitoringData data, String id) {
		return svg(this.charts.statuses(data), 320, 140, id);
	}

	String hours(MonitoringData data, String id) {
		return svg(this.charts.hours(data), 320, 180, id);
	}

	/** The colours the trend's series are drawn in, as the SVG writes them: the page toggles series by them. */
	static Map<String, String> seriesColours() {
		ChartTheme theme = ChartTheme.DARK_BUNDLED;
		Map<String, String> colours = new LinkedHashMap<>();
		colours.put("Voice minutes", rgb(theme.categories().get(0)));
		colours.put("Text messages", rgb(theme.categories().get(1)));
		colours.put("Embedding chunks", rgb(theme.categories().get(2)));
		return colours;
	}

	private static String tenths(double value) {
		long rounded = Math.round(value * 10);
		return (rounded % 10 == 0) ? Long.toString(rounded / 10) : Double.toString(rounded / 10.0);
	}

	private static String hundredths(double value) {
		long rounded = Math.round(value * 100);
		return (rounded % 100 == 0) ? Long.toString(rounded / 100) : Double.toString(rounded / 100.0);
	}

	private static String rgb(java.awt.Color colour) {
		return "rgb(" + colour.getRed() + "," + colour.getGreen() + "," + colour.getBlue() + ")";
	}

	private static String svg(JFreeChart chart, int width, int height, String id) {
		SVGGraphics2D graphics = new SVGGraphics2D(width, height);
		graphics.setDefsKeyPrefix(id + "-");
		// A tenth of a point is finer than any screen shows; full doubles would triple the file.
		graphics.setGeomDoubleConverter(SvgCharts::tenths);
		graphics.setTransformDoubleConverter(SvgCharts::hundredths);
		chart.draw(graphics, new java.awt.Rectangle(0, 0, width, height));
		return graphics.getSVGElement(id, false, new ViewBox(0, 0, width, height), PreserveAspectRatio.XMID_YMID,
				MeetOrSlice.MEET);
	}

}
