package com.sidekickforge.monitor.report.pdf;

import java.awt.Color;

import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * What every page of a summary carries: scope and period at the top, "Page n of m" at the bottom. The total is
 * a template filled in when the document closes.
 */
final class PdfPageFrame extends PdfPageEventHelper {

	private static final Color GREY = new Color(0x5a5a5a);

	private static final Color TEAL = new Color(0x01a4a6);

	private final BaseFont font;

	private final String header;

	private PdfTemplate total;

	PdfPageFrame(BaseFont font, String header) {
		this.font = font;
		this.header = header;
	}

	@Override
	public void onOpenDocument(PdfWriter writer, Document document) {
		this.total = writer.getDirectContent().createTemplate(40, 12);
	}

	@Override
	public void onEndPage(PdfWriter writer, Document document) {
		PdfContentByte canvas = writer.getDirectContent();
		Rectangle page = document.getPageSize();
		float left = document.leftMargin();
		float right = page.getWidth() - document.rightMargin();
		canvas.saveState();
		canvas.setColorStroke(TEAL);
		canvas.setLineWidth(1.2f);
		canvas.moveTo(left, page.getHeight() - 30);
		canvas.lineTo(right, page.getHeight() - 30);
		canvas.stroke();
		canvas.beginText();
		canvas.setColorFill(GREY);
		canvas.setFontAndSize(this.font, 8);
		canvas.setTextMatrix(left, page.getHeight() - 24);
		canvas.showText(fit(this.header, right - left));
		String pageText = "Page " + writer.getPageNumber() + " of ";
		float width = this.font.getWidthPoint(pageText, 8);
		canvas.setTextMatrix(right - width - 18, 20);
		canvas.showText(pageText);
		canvas.endText();
		canvas.addTemplate(this.total, right - 18, 20);
		canvas.restoreState();
	}

	@Override
	public void onCloseDocument(PdfWriter writer, Document document) {
		this.total.beginText();
		this.total.setColorFill(GREY);
		this.total.setFontAndSize(this.font, 8);
		this.total.setTextMatrix(0, 0);
		this.total.showText(Integer.toString(writer.getPageNumber() - 1));
		this.total.endText();
	}

	/** Cuts a header that would run past the margin, with an ellipsis. */
	private String fit(String text, float width) {
		if (this.font.getWidthPoint(text, 8) <= width) {
			return text;
		}
		String cut = text;
		while (!cut.isEmpty() && this.font.getWidthPoint(cut + "\u2026", 8) > width) {
			cut = cut.substring(0, cut.length() - 1);
		}
		return cut + "\u2026";
	}

}
