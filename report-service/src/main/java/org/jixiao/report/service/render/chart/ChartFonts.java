package org.jixiao.report.service.render.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The shipped fonts for Java2D, so chart labels never fall back to a font without Chinese glyphs: the PNG charts draw
 * with Droid Sans Fallback, the PDF's charts with AR PL SungtiL GB.
 */
public final class ChartFonts {
    static final Font CJK = load("/fonts/DroidSansFallbackFull.ttf");
    /**
     * The charts' font in the PDF: AR PL SungtiL GB has Latin and CJK glyphs, so every label ("1月", "75%") is written as
     * text in the embedded font of the same family (Droid Sans Fallback has no digits: the label would become outlines).
     */
    static final Font PDF_TEXT = load("/fonts/gbsn00lp.ttf");

    private ChartFonts() {
    }

    private static Font load(String resource) {
        System.setProperty("java.awt.headless", "true");
        try (InputStream in = ChartFonts.class.getResourceAsStream(resource)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("cannot load " + resource, e);
        }
    }
}
