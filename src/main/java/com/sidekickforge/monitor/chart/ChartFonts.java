package com.sidekickforge.monitor.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.stereotype.Component;

/**
 * The typeface every report draws with, DejaVu Sans, shipped inside the jar (fonts/, with its licence) so a PDF
 * or a chart looks the same on every machine. Registered with AWT so charts find it by name; the PDF embeds
 * the same bytes.
 */
@Component
public class ChartFonts {

	public static final String FAMILY = "DejaVu Sans";

	private final byte[] regular;

	private final byte[] bold;

	public ChartFonts() {
		this.regular = read("fonts/DejaVuSans.ttf");
		this.bold = read("fonts/DejaVuSans-Bold.ttf");
		GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
		try {
			// Registering again is harmless: AWT keeps the first font of a name.
			environment.registerFont(Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(this.regular)));
			environment.registerFont(Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(this.bold)));
		}
		catch (FontFormatException | IOException ex) {
			throw new IllegalStateException("The bundled DejaVu fonts cannot be read: " + ex.getMessage(), ex);
		}
	}

	public byte[] regular() {
		return this.regular.clone();
	}

	public byte[] bold() {
		return this.bold.clone();
	}

	private static byte[] read(String resource) {
		try (InputStream in = ChartFonts.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + resource + " in the jar");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
