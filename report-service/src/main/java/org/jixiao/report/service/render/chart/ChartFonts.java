package org.jixiao.report.service.render.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;

/**
 * The shipped CJK font (Droid Sans Fallback) for Java2D: the PNG charts draw with it, and Batik finds it by family name
 * when it draws the SVG charts into the PDF, so chart labels never fall back to a font without Chinese glyphs.
 */
public final class ChartFonts {
    static final Font CJK = load("/fonts/DroidSansFallbackFull.ttf");

    private ChartFonts() {
    }

    /** Idempotent: registers the font with the local graphics environment once. */
    public static void register() {
        // class initialisation did it
    }

    private static Font load(String resource) {
        System.setProperty("java.awt.headless", "true");
        try (InputStream in = ChartFonts.class.getResourceAsStream(resource)) {
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
            return font;
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("cannot load " + resource, e);
        }
    }
}
