package com.sidekickforge.monitor.report.html;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text passes a page's markup goes through after rendering: the template's indentation dropped however the
 * text arrives in pieces, and a chart's inline styles turned into classes with the whole-canvas clip left out.
 */
class PageTextTests {

	@Test
	void indentationGoesWhicheverPiecesTheTextArrivesIn() throws IOException {
		Random random = new Random(11);
		String[] parts = { " ", "\t", "\n", "a", "<p>", "word ", "  ", "x y" };
		for (int round = 0; round < 200; round++) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < random.nextInt(80); i++) {
				text.append(parts[random.nextInt(parts.length)]);
			}
			String page = text.toString();
			StringWriter out = new StringWriter();
			try (WithoutIndentation writer = new WithoutIndentation(out)) {
				int at = 0;
				while (at < page.length()) {
					int length = Math.min(page.length() - at, 1 + random.nextInt(7));
					switch (random.nextInt(3)) {
						case 0 -> writer.write(page, at, length);
						case 1 -> writer.write(page.toCharArray(), at, length);
						default -> {
							for (int i = at; i < at + length; i++) {
								writer.write(page.charAt(i));
							}
						}
					}
					at += length;
				}
			}
			// Only what follows a line break goes: a page's very first characters are not indentation.
			assertThat(out.toString()).as("round %d: %s", round, page).isEqualTo(page.replaceAll("\n[ \t]+", "\n"));
		}
	}

	@Test
	void stylesBecomeClassesAndTheDroppedAttributeGoes() {
		String svg = "<svg id='t'><rect style='fill:rgb(1,2,3)' clip-path='url(#t-clip-0)'/>"
				+ "<path style='stroke: rgb(9,9,9); fill: none' clip-path='url(#t-clip-0)'/><text style='fill:rgb(1,2,3)'>a"
				+ "</text></svg>";

		String classes = SvgStyleClasses.apply(svg, "t", List.of("rgb(9,9,9)"), " clip-path='url(#t-clip-0)'");

		assertThat(classes).isEqualTo("<svg id='t'><style>#t .c0{fill:rgb(1,2,3)}#t .c1{stroke: rgb(9,9,9); fill: none}"
				+ "</style><rect class='c0'/><path class='c1' data-series='rgb(9,9,9)'/><text class='c0'>a</text></svg>");
		assertThat(SvgStyleClasses.apply("<svg id='t'><g/></svg>", "t", List.of(), null)).isEqualTo("<svg id='t'><g/></svg>");
	}

}
