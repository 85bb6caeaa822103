package com.sidekickforge.monitor.report.pdf;

import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

import com.sidekickforge.monitor.quota.QuotaLevel;

/**
 * The summary's tables: a header row in the brand's teal repeated on every page the table runs onto, rows
 * that move whole to the next page rather than being cut, numbers aligned right and written as the dashboard
 * writes them, and columns never narrower than their header's longest word (no "Conversa/tions").
 */
final class PdfTables {

	static final Color TEAL = new Color(0x01a4a6);

	static final Color ORANGE = new Color(0xfc7244);

	static final Color SALMON = new Color(0xf56453);

	static final Color STRIPE = new Color(0xf4f7f7);

	static final Color RULE = new Color(0xd0d0d0);

	private final Font header;

	private final Font body;

	private final float width;

	/** @param width the width of the page's text, which every table fills */
	PdfTables(PdfFonts fonts, float width) {
		this.header = new Font(fonts.bold(), 8, Font.NORMAL, Color.WHITE);
		this.body = new Font(fonts.regular(), 8, Font.NORMAL, new Color(0x1a1a1a));
		this.width = width;
	}

	/** A table with its header row; {@code numeric} marks the right-aligned columns. */
	PdfPTable table(List<String> headers, float[] widths, boolean[] numeric) {
		PdfPTable table = new PdfPTable(fitted(headers, widths));
		table.setWidthPercentage(100);
		table.setTotalWidth(this.width);
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

	/**
	 * A table with a column naming the client. A client's own report names the client once, on its cover and in
	 * its footer: there the column is left out, and each row's cell in it.
	 */
	final class ClientColumn {

		final PdfPTable table;

		/** The indexes of the columns kept: all, or all but the client's. */
		private final int[] kept;

		private final boolean[] numeric;

		/** @param column the index of the client's column, left out when the report is not of several clients */
		ClientColumn(boolean several, int column, List<String> headers, float[] widths, boolean[] numeric) {
			this.kept = IntStream.range(0, headers.size()).filter((i) -> several || i != column).toArray();
			this.numeric = new boolean[this.kept.length];
			float[] keptWidths = new float[this.kept.length];
			for (int k = 0; k < this.kept.length; k++) {
				this.numeric[k] = numeric[this.kept[k]];
				keptWidths[k] = widths[this.kept[k]];
			}
			this.table = table(Arrays.stream(this.kept).mapToObj(headers::get).toList(), keptWidths,
					this.numeric);
		}

		/** @param cells the row, the client's name in its column */
		void row(Object... cells) {
			PdfTables.this.row(this.table, this.numeric, Arrays.stream(this.kept).mapToObj((i) -> cells[i]).toArray());
		}

	}

	/**
	 * The relative widths, widened where a column would be narrower than its header's longest word (and its
	 * padding): that column gets what it needs, the others give it up in proportion to what they have to spare.
	 */
	float[] fitted(List<String> headers, float[] widths) {
		float sum = 0;
		for (float w : widths) {
			sum += w;
		}
		float[] points = new float[widths.length];
		float[] least = new float[widths.length];
		float missing = 0;
		float spare = 0;
		for (int i = 0; i < widths.length; i++) {
			points[i] = widths[i] / sum * this.width;
			for (String word : headers.get(i).split("\\s+")) {
				least[i] = Math.max(least[i], this.header.getBaseFont().getWidthPoint(word, this.header.getSize()) + 10);
			}
			if (points[i] < least[i]) {
				missing += least[i] - points[i];
			}
			else {
				spare += points[i] - least[i];
			}
		}
		if (missing == 0 || spare < missing) {
			return widths;
		}
		for (int i = 0; i < widths.length; i++) {
			points[i] = (points[i] < least[i]) ? least[i] : points[i] - (points[i] - least[i]) / spare * missing;
		}
		return points;
	}

	/**
	 * The height of a table's header and first rows: what must fit under a heading for the heading to stay on
	 * this page.
	 */
	float opening(PdfPTable table, int rows) {
		float height = 0;
		for (int i = 0; i < Math.min(table.size(), rows + 1); i++) {
			height += table.getRowHeight(i);
		}
		return height;
	}

	/** Adds a row; every other row striped; counts with thousands separators, as everywhere else. */
	void row(PdfPTable table, boolean[] numeric, Object... values) {
		boolean striped = ((table.getRows().size() - 1) % 2) == 1;
		for (int i = 0; i < values.length; i++) {
			Object value = values[i];
			String text = (value instanceof Long || value instanceof Integer)
					? PdfSections.FORMAT.number(((Number) value).longValue())
					: ((value != null) ? value.toString() : "\u2013");
			PdfPCell cell = cell(new Phrase(text, this.body), numeric[i]);
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
	Phrase level(String text, QuotaLevel level) {
		Color colour = switch (level) {
			case RED -> SALMON;
			case YELLOW -> ORANGE;
			case GREEN -> TEAL;
		};
		return new Phrase(text, new Font(this.body.getBaseFont(), 8, Font.NORMAL, colour));
	}

}
