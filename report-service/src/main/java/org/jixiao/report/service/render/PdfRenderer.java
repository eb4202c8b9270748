package org.jixiao.report.service.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import java.util.Map;
import java.util.logging.Level;
import org.jixiao.report.domain.Chart;
import org.jixiao.report.domain.ReportDocument;
import org.jixiao.report.service.render.chart.ChartPdfDrawer;

/**
 * application/pdf from the HTML rendering, with the shipped open fonts ({@link Typeface}) embedded as subsets, so the
 * PDF reads the same everywhere and its text can be extracted and searched.
 */
public final class PdfRenderer {
    private PdfRenderer() {
    }

    static {
        // openhtmltopdf logs through its own console handler at INFO ("Loading font…" for every document), past the
        // service's log configuration: warnings and errors only
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    /** The report: its XHTML for print, its charts drawn in place by {@link ChartPdfDrawer}. */
    public static byte[] render(ReportDocument doc, String footer) {
        return render(HtmlRenderer.renderForPdf(doc, footer), HtmlRenderer.charts(doc));
    }

    /** A page without charts (a table on its own). */
    public static byte[] render(String xhtml) {
        return render(xhtml, Map.of());
    }

    /** The font wrapped for this document when the layout first needs it: a font the document never uses costs nothing. */
    private static PDFontSupplier lazily(PDDocument pdf, Typeface face) {
        return new PDFontSupplier(null) {
            private PDFont font;

            @Override
            public PDFont supply() {
                if (font == null) {
                    try {
                        font = PDType0Font.load(pdf, face.font(), true);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return font;
            }
        };
    }

    private static byte[] render(String xhtml, Map<String, Chart> charts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(pdf);
            // the parsed fonts are shared; each document only wraps them (openhtmltopdf falls back glyph by glyph along
            // the CSS stack, and writes only the glyphs used)
            for (Typeface face : Typeface.values()) {
                builder.useFont(lazily(pdf, face), face.family, face.weight, FontStyle.NORMAL, true);
            }
            DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
            drawers.registerDrawer(ChartPdfDrawer.CONTENT_TYPE, new ChartPdfDrawer(charts));
            builder.useObjectDrawerFactory(drawers);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
