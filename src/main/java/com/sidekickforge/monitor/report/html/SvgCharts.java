package com.sidekickforge.monitor.report.html;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.springframework.web.util.HtmlUtils;

import com.sidekickforge.monitor.chart.CategoryBands;
import com.sidekickforge.monitor.chart.ChartTheme;
import com.sidekickforge.monitor.chart.ReportCharts;
import com.sidekickforge.monitor.report.model.DisplayFormat;
import com.sidekickforge.monitor.report.model.MonitoringData;
import com.sidekickforge.monitor.report.model.QuotaStatus;

/**
 * The dashboard's charts as inline SVG (JFreeSVG), from the same chart code as the PDF, in the dark theme.
 * Each SVG scales with its box (a view box, no fixed size) and has its own id prefix, so several in one page
 * never share a clip path.
 */
final class SvgCharts {

	private final ReportCharts charts = new ReportCharts(ChartTheme.DARK_BUNDLED);

	private final DisplayFormat format;

	SvgCharts(DisplayFormat format) {
		this.format = format;
	}

	String ring(QuotaStatus quota, String id) {
		return svg(this.charts.ring(quota), 220, 200, id);
	}

	String trend(MonitoringData data, String id) {
		JFreeChart chart = this.charts.trend(data);
		chart.removeLegend(); // the page's own buttons are the legend, and toggle the series
		List<String> values = data.dailyUsage()
			.stream()
			.map((day) -> this.format.bucket(day.date(), data.bucket()) + (day.estimated() ? " (estimated)" : "") + ": "
					+ this.format.usage(day))
			.toList();
		return svg(chart, 640, 260, id, values);
	}

	String channels(MonitoringData data, String id) {
		return svg(this.charts.channels(data), 320, 180, id);
	}

	String statuses(MonitoringData data, String id) {
		List<String> values = data.conversationsByStatus()
			.entrySet()
			.stream()
			.map((status) -> this.format.label(status.getKey()) + ": " + conversations(status.getValue()))
			.toList();
		return svg(this.charts.statuses(data), 320, 140, id, values);
	}

	String hours(MonitoringData data, String id) {
		List<String> values = new ArrayList<>();
		for (int hour = 0; hour < 24; hour++) {
			values.add(String.format(Locale.ROOT, "%02d:00 to %02d:00 (%s): %s", hour, (hour + 1) % 24,
					data.timezone(), conversations(data.conversations().byHour().get(hour))));
		}
		return svg(this.charts.hours(data), 320, 180, id, values);
	}

	private String conversations(long count) {
		return this.format.number(count) + ((count == 1) ? " conversation" : " conversations");
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

	private static String rgb(Color colour) {
		return "rgb(" + colour.getRed() + "," + colour.getGreen() + "," + colour.getBlue() + ")";
	}

	/**
	 * Without the clip to the whole canvas that JFreeSVG repeats on every element (it clips nothing the view box
	 * does not): a fifth of a chart's bytes. Its definition goes here; its uses go while the styles become classes.
	 */
	private static String withoutWholeCanvasClip(String svg, String id, int width, int height) {
		String whole = "<clipPath id='" + wholeCanvasClip(id) + "'><path d='M0,0L" + width + ",0L" + width + "," + height
				+ "L0," + height + "L0,0Z'/></clipPath>";
		int at = svg.indexOf(whole);
		return (at < 0) ? svg : svg.substring(0, at) + svg.substring(at + whole.length());
	}

	private static String wholeCanvasClip(String id) {
		return id + "-clip-0";
	}

	private static String svg(JFreeChart chart, int width, int height, String id) {
		return svg(chart, width, height, id, List.of());
	}

	/**
	 * @param values what each category (a bucket, a bar) holds, as a person reads it: laid over the chart as one
	 * target per category that shows it on hover and on keyboard focus (the page's script draws the tip), and that
	 * a screen reader reads (its aria-label: a {@code <title>} as well would show a second, native tip)
	 */
	private static String svg(JFreeChart chart, int width, int height, String id, List<String> values) {
		SVGGraphics2D graphics = new SVGGraphics2D(width, height);
		graphics.setDefsKeyPrefix(id + "-");
		// A tenth of a point is finer than any screen shows; full doubles would triple the file.
		graphics.setGeomDoubleConverter(SvgCharts::tenths);
		graphics.setTransformDoubleConverter(SvgCharts::hundredths);
		ChartRenderingInfo info = new ChartRenderingInfo();
		chart.draw(graphics, new Rectangle(0, 0, width, height), info);
		String drawn = graphics.getSVGElement(id, false, new ViewBox(0, 0, width, height), PreserveAspectRatio.XMID_YMID,
				MeetOrSlice.MEET);
		String withoutClip = withoutWholeCanvasClip(drawn, id, width, height);
		String svg = SvgStyleClasses.apply(withoutClip, id, seriesColours().values(),
				(withoutClip == drawn) ? null : " clip-path='url(#" + wholeCanvasClip(id) + ")'");
		List<Rectangle2D> bands = CategoryBands.of(chart, info.getPlotInfo().getDataArea());
		if (values.isEmpty() || bands.size() != values.size()) {
			return svg;
		}
		StringBuilder hits = new StringBuilder("<g class=\"hits\">");
		for (int i = 0; i < bands.size(); i++) {
			Rectangle2D band = bands.get(i);
			String text = HtmlUtils.htmlEscape(values.get(i), "UTF-8");
			hits.append("<rect class=\"hit\" tabindex=\"0\" role=\"img\" aria-label=\"").append(text)
				.append("\" x=\"").append(tenths(band.getX())).append("\" y=\"").append(tenths(band.getY()))
				.append("\" width=\"").append(tenths(band.getWidth())).append("\" height=\"")
				.append(tenths(band.getHeight())).append("\"/>");
		}
		hits.append("</g>");
		int end = svg.lastIndexOf("</svg>");
		return svg.substring(0, end) + hits + svg.substring(end);
	}

}
