package com.sidekickforge.monitor.report;

import java.awt.Color;
import java.util.List;

import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The summary's tables: a header row in the brand's teal repeated on every page the table runs onto, rows
 * that move whole to the next page rather than being cut, numbers aligned right.
 */
final class PdfTables {

	static final Color TEAL = new Color(0x01a4a6);

	static final Color ORANGE = new Color(0xfc7244);

	static final Color SALMON = new Color(0xf56453);

	static final Color STRIPE = new Color(0xf4f7f7);

	static final Color RULE = new Color(0xd0d0d0);

	private final Font header;

	private final Font body;

	PdfTables(PdfFonts fonts) {
		this.header = new Font(fonts.bold(), 8, Font.NORMAL, Color.WHITE);
		this.body = new Font(fonts.regular(), 8, Font.NORMAL, new Color(0x1a1a1a));
	}

	/** A table with its header row; {@code numeric} marks the right-aligned columns. */
	PdfPTable table(List<String> headers, float[] widths, boolean[] numeric) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		table.setSplitLate(true);
		table.setSplitRows(true);
		table.setSpacingBefore(4);
		table.setSpacingAfter(10);
		for (int i = 0; i < headers.size(); i++) {
			PdfPCell cell = new PdfPCell(new Phrase(headers.get(i), this.header));
			cell.setBackgroundColor(TEAL);
			cell.setBorder(Rectangle.NO_BORDER);
			cell.setPadding(4);
			cell.setHorizontalAlignment(numeric[i] ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
			table.addCell(cell);
		}
		return table;
	}

	/** Adds a row; every other row striped. */
	void row(PdfPTable table, boolean[] numeric, Object... values) {
		boolean striped = ((table.getRows().size() - 1) % 2) == 1;
		for (int i = 0; i < values.length; i++) {
			Object value = values[i];
			PdfPCell cell = cell(new Phrase((value != null) ? value.toString() : "\u2013", this.body), numeric[i]);
			if (striped) {
				cell.setBackgroundColor(STRIPE);
			}
			table.addCell(cell);
		}
	}

	/** A body cell: a thin rule below, numbers aligned right. */
	PdfPCell cell(Phrase content, boolean numeric) {
		PdfPCell cell = new PdfPCell(content);
		cell.setBorder(Rectangle.BOTTOM);
		cell.setBorderColor(RULE);
		cell.setBorderWidth(0.3f);
		cell.setPadding(3.5f);
		cell.setHorizontalAlignment(numeric ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
		return cell;
	}

	/** Body text, for cells built by hand. */
	Phrase text(String text) {
		return new Phrase(text, this.body);
	}

	/** A cell coloured by a quota level: teal, orange or salmon text. */
	Phrase level(String text, String level) {
		Color colour = switch (level) {
			case "red" -> SALMON;
			case "yellow" -> ORANGE;
			default -> TEAL;
		};
		return new Phrase(text, new Font(this.body.getBaseFont(), 8, Font.NORMAL, colour));
	}

}
