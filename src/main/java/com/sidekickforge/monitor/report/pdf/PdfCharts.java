package com.sidekickforge.monitor.report.pdf;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.JFreeChart;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

import com.sidekickforge.monitor.chart.ChartTheme;
import com.sidekickforge.monitor.chart.ReportCharts;

/** The summary's charts: drawn by the chart package into PDF templates, as vectors with embedded text. */
final class PdfCharts {

	private final PdfFonts fonts;

	private final ReportCharts charts = new ReportCharts(ChartTheme.LIGHT);

	PdfCharts(PdfFonts fonts) {
		this.fonts = fonts;
	}

	/** A chart as a vector image of the given size in points. */
	Image image(PdfWriter writer, JFreeChart chart, float width, float height) {
		PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
		Graphics2D graphics = template.createGraphics(width, height, this.fonts);
		try {
			chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
		}
		finally {
			graphics.dispose();
		}
		return Image.getInstance(template);
	}

	/** The same charts as the dashboard's, in the light theme. */
	ReportCharts charts() {
		return this.charts;
	}

}
