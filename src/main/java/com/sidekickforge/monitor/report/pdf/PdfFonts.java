package com.sidekickforge.monitor.report.pdf;

import java.awt.Font;
import java.io.IOException;

import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;
import org.springframework.stereotype.Component;

import com.sidekickforge.monitor.chart.ChartFonts;

/**
 * The bundled DejaVu Sans for PDFs: embedded (subset, Identity-H, so every script prints) in the text and in the
 * charts, whose AWT fonts map to the same two faces. Without this mapping a chart's letters come out spaced.
 */
@Component
class PdfFonts implements FontMapper {

	private final BaseFont regular;

	private final BaseFont bold;

	public PdfFonts(ChartFonts fonts) {
		try {
			this.regular = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
					fonts.regular(), null);
			this.bold = BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
					fonts.bold(), null);
		}
		catch (DocumentException | IOException ex) {
			throw new IllegalStateException("The bundled DejaVu fonts cannot be embedded: " + ex.getMessage(), ex);
		}
	}

	public BaseFont regular() {
		return this.regular;
	}

	public BaseFont bold() {
		return this.bold;
	}

	@Override
	public BaseFont awtToPdf(Font font) {
		return font.isBold() ? this.bold : this.regular;
	}

	@Override
	public Font pdfToAwt(BaseFont font, int size) {
		return new Font(ChartFonts.FAMILY, (font == this.bold) ? Font.BOLD : Font.PLAIN, size);
	}

}
