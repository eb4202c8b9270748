package org.jixiao.report.service.render;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.RawString;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.report.domain.ReportDocument;
import org.jixiao.report.domain.Chart;
import org.jixiao.report.service.render.chart.ChartPdfDrawer;
import org.jixiao.report.service.render.chart.ChartSvg;

/**
 * text/html from the Qute template {@code report-templates/report.html}. The output is well-formed XHTML so that the
 * PDF renderer can read it. Uses a standalone Qute engine (no CDI), so it is testable with plain JUnit.
 */
public final class HtmlRenderer {
    private static final Template TEMPLATE;
    /** The CSS font stacks by role, for the template. */
    private static final Map<String, RawString> FONTS = Map.of("title", new RawString(Typeface.TITLE), "body",
            new RawString(Typeface.BODY), "heading", new RawString(Typeface.HEADING), "subheading", new RawString(Typeface.SUBHEADING),
            "table", new RawString(Typeface.TABLE));

    static {
        Engine engine = Engine.builder().addDefaults().addValueResolver(new ReflectionValueResolver())
                .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML))).build();
        try (InputStream in = HtmlRenderer.class.getResourceAsStream("/report-templates/report.html")) {
            if (in == null) {
                throw new IllegalStateException("report-templates/report.html missing from the classpath");
            }
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            TEMPLATE = engine.parse(content, Variant.forContentType(Variant.TEXT_HTML), "report.html");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One table of the appendix: 附件n and its XHTML. */
    public record Appendix(String label, RawString html) {
    }

    private HtmlRenderer() {
    }

    /** @param footer a line under the document (version, data as of, content hash) */
    public static String render(ReportDocument doc, String footer) {
        return render(doc, footer, (id, chart) -> ChartSvg.render(chart, Typeface.HEI.family));
    }

    /**
     * The XHTML the PDF is made from: each chart an {@code <object>} that {@link ChartPdfDrawer} draws, named by the
     * ids of {@link #charts}.
     */
    public static String renderForPdf(ReportDocument doc, String footer) {
        return render(doc, footer, (id, chart) -> "<object type=\"" + ChartPdfDrawer.CONTENT_TYPE + "\" " + ChartPdfDrawer.ATTRIBUTE
                + "=\"" + id + "\" style=\"display: inline-block; width: 148mm; height: " + String.format(java.util.Locale.ROOT, "%.1f",
                148.0 * ChartSvg.HEIGHT / ChartSvg.WIDTH) + "mm;\"></object>");
    }

    /** The document's charts by the id the PDF's objects name them with (chart1, chart2, … in document order). */
    public static Map<String, Chart> charts(ReportDocument doc) {
        Map<String, Chart> charts = new java.util.LinkedHashMap<>();
        doc.blocks().stream().filter(b -> b.chart() != null).forEach(b -> charts.put("chart" + (charts.size() + 1), b.chart()));
        return charts;
    }

    private static String render(ReportDocument doc, String footer, java.util.function.BiFunction<String, Chart, String> chartMarkup) {
        Map<String, RawString> charts = new HashMap<>();
        charts(doc).forEach((id, chart) -> charts.put(chart.title(), new RawString(chartMarkup.apply(id, chart))));
        List<Appendix> appendix = new ArrayList<>();
        for (int i = 0; i < doc.appendix().size(); i++) {
            appendix.add(new Appendix(ReportDocument.appendixLabel(i), new RawString(HtmlTableRenderer.fragment(doc.appendix().get(i)))));
        }
        return TEMPLATE.data("doc", doc).data("footer", footer).data("fonts", FONTS).data("charts", charts)
                .data("tableCss", new RawString(HtmlTableRenderer.css())).data("appendix", appendix).render();
    }
}
