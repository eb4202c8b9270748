package org.jixiao.report.service.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jixiao.report.service.render.chart.ChartFonts;

/**
 * application/pdf from the HTML rendering, with the shipped CJK font (Droid Sans Fallback, Apache-2.0) embedded as a
 * subset, so the PDF reads the same everywhere and its text can be extracted and searched.
 */
public final class PdfRenderer {
    private static final byte[] CJK = load("/fonts/DroidSansFallbackFull.ttf");
    private static final byte[] LATIN = load("/fonts/DejaVuSans.ttf");
    private static final byte[] LATIN_BOLD = load("/fonts/DejaVuSans-Bold.ttf");

    private PdfRenderer() {
    }

    static {
        ChartFonts.register();
    }

    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // Latin first (the CJK fallback font has no ASCII glyphs); openhtmltopdf falls back glyph by glyph.
            builder.useFont(() -> new ByteArrayInputStream(LATIN), HtmlRenderer.LATIN_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(LATIN_BOLD), HtmlRenderer.LATIN_FAMILY, 700, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(CJK), HtmlRenderer.FONT_FAMILY, 400, FontStyle.NORMAL, true);
            // charts are inline SVG, drawn by Batik with the CJK font registered for Java2D (ChartFonts)
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] load(String resource) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
