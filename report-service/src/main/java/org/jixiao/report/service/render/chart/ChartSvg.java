package org.jixiao.report.service.render.chart;

import java.util.Locale;
import java.util.stream.Collectors;
import org.jixiao.report.domain.Chart;

/** A chart as an inline SVG element (HTML, and PDF through openhtmltopdf's SVG support). */
public final class ChartSvg {
    public static final int WIDTH = 640;
    public static final int HEIGHT = 300;
    /** Shown 148 mm wide (560 CSS px): inside the 156 mm type area of a GB/T 9704 page. */
    static final int SHOWN_WIDTH = 560;

    private ChartSvg() {
    }

    public static String render(Chart chart, String fontFamily) {
        ChartScene scene = ChartScene.of(chart, WIDTH, HEIGHT);
        StringBuilder svg = new StringBuilder().append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(SHOWN_WIDTH)
                .append("\" height=\"").append(SHOWN_WIDTH * HEIGHT / WIDTH).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(escape(chart.title())).append("\" font-family=\"")
                .append(escape(fontFamily)).append("\">");
        for (ChartScene.Shape shape : scene.shapes()) {
            if (shape instanceof ChartScene.Line l) {
                svg.append(String.format(Locale.ROOT,
                        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\"%s/>",
                        l.x1(), l.y1(), l.x2(), l.y2(), l.color(), l.width(), l.dashed() ? " stroke-dasharray=\"6 4\"" : ""));
            } else if (shape instanceof ChartScene.Polyline p) {
                svg.append("<polyline fill=\"none\" stroke=\"").append(p.color())
                        .append("\" stroke-width=\"").append(p.width()).append('"')
                        .append(p.dashed() ? " stroke-dasharray=\"6 4\"" : "").append(" points=\"")
                        .append(p.points().stream().map(xy -> String.format(Locale.ROOT, "%.1f,%.1f", xy[0], xy[1]))
                                .collect(Collectors.joining(" "))).append("\"/>");
            } else if (shape instanceof ChartScene.Rect r) {
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                        r.x(), r.y(), r.w(), r.h(), r.color()));
            } else if (shape instanceof ChartScene.Text t) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.0f\" fill=\"%s\" text-anchor=\"%s\">",
                        t.x(), t.y(), t.size(), t.color(), t.anchor())).append(escape(t.text())).append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
