package org.jixiao.report.service.render.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.report.domain.Chart;

/**
 * A chart laid out once as simple shapes (lines, polylines, rectangles, texts) on a canvas of a given size, so that the
 * SVG (HTML, PDF) and the PNG (DOCX) draw exactly the same picture.
 */
public record ChartScene(int width, int height, List<Shape> shapes) {

    /** Shapes, in drawing order. Colours are "#rrggbb". */
    public sealed interface Shape permits Line, Polyline, Rect, Text {
    }

    public record Line(double x1, double y1, double x2, double y2, String color, double width, boolean dashed) implements Shape {
    }

    public record Polyline(List<double[]> points, String color, double width, boolean dashed) implements Shape {
    }

    public record Rect(double x, double y, double w, double h, String color) implements Shape {
    }

    /** @param anchor start, middle or end */
    public record Text(double x, double y, String text, double size, String color, String anchor) implements Shape {
    }

    /** One colour per series: a government-report palette that prints well in grey too. */
    static final String[] COLORS = {"#c0392b", "#2c3e50", "#7f8c8d", "#2980b9"};
    private static final String AXIS = "#333333";
    private static final String GRID = "#d0d0d0";
    private static final double LEFT = 48;
    private static final double RIGHT = 16;
    private static final double TOP = 36;
    private static final double BOTTOM = 48;

    public static ChartScene of(Chart chart, int width, int height) {
        List<Shape> shapes = new ArrayList<>();
        double plotW = width - LEFT - RIGHT;
        double plotH = height - TOP - BOTTOM;
        double max = chart.max() == null || chart.max().signum() <= 0 ? 100 : chart.max().doubleValue();
        shapes.add(new Text(width / 2.0, 20, chart.title(), 13, AXIS, "middle"));
        for (int t = 0; t <= 4; t++) {
            double value = max * t / 4;
            double y = TOP + plotH - plotH * t / 4;
            shapes.add(new Line(LEFT, y, LEFT + plotW, y, t == 0 ? AXIS : GRID, t == 0 ? 1 : 0.6, false));
            shapes.add(new Text(LEFT - 6, y + 4, trim(value) + chart.unit(), 10, AXIS, "end"));
        }
        shapes.add(new Line(LEFT, TOP, LEFT, TOP + plotH, AXIS, 1, false));
        int n = chart.categories().size();
        double slot = n == 0 ? plotW : plotW / n;
        for (int i = 0; i < n; i++) {
            shapes.add(new Text(LEFT + slot * i + slot / 2, TOP + plotH + 16, chart.categories().get(i), 10, AXIS, "middle"));
        }
        List<Chart.Series> series = chart.series();
        if (chart.kind() == Chart.Kind.LINE) {
            for (int s = 0; s < series.size(); s++) {
                List<double[]> points = new ArrayList<>();
                List<BigDecimal> values = series.get(s).values();
                for (int i = 0; i < n && i < values.size(); i++) {
                    if (values.get(i) != null) {
                        points.add(new double[] {LEFT + slot * i + slot / 2, TOP + plotH - plotH * Math.min(values.get(i).doubleValue(), max) / max});
                    }
                }
                shapes.add(new Polyline(points, COLORS[s % COLORS.length], 2, s > 0));
            }
        } else {
            double group = slot * 0.7;
            double bar = series.isEmpty() ? group : group / series.size();
            for (int i = 0; i < n; i++) {
                for (int s = 0; s < series.size(); s++) {
                    BigDecimal v = i < series.get(s).values().size() ? series.get(s).values().get(i) : null;
                    if (v == null) {
                        continue;
                    }
                    double h = plotH * Math.min(v.doubleValue(), max) / max;
                    double x = LEFT + slot * i + (slot - group) / 2 + bar * s;
                    shapes.add(new Rect(x, TOP + plotH - h, bar * 0.9, h, COLORS[s % COLORS.length]));
                    shapes.add(new Text(x + bar * 0.45, TOP + plotH - h - 4, trim(v.doubleValue()), 9, AXIS, "middle"));
                }
            }
        }
        // legend, under the axis labels
        double x = LEFT;
        for (int s = 0; s < series.size(); s++) {
            String color = COLORS[s % COLORS.length];
            double y = height - 12;
            if (chart.kind() == Chart.Kind.LINE) {
                shapes.add(new Line(x, y - 4, x + 22, y - 4, color, 2, s > 0));
            } else {
                shapes.add(new Rect(x, y - 10, 14, 10, color));
            }
            shapes.add(new Text(x + 28, y, series.get(s).name(), 10, AXIS, "start"));
            x += 40 + series.get(s).name().length() * 11;
        }
        return new ChartScene(width, height, List.copyOf(shapes));
    }

    private static String trim(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
