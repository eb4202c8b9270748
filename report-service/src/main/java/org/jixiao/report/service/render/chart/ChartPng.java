package org.jixiao.report.service.render.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.jixiao.report.domain.Chart;

/** A chart as a PNG image (DOCX), drawn with Java2D from the same scene as the SVG, at twice the size for print. */
public final class ChartPng {
    private static final int SCALE = 2;
    /** The CJK font the PDF embeds, so the picture's labels are the same glyphs. */
    private static final Font FONT = ChartFonts.CJK;

    private ChartPng() {
    }

    public static byte[] render(Chart chart) {
        ChartScene scene = ChartScene.of(chart, ChartSvg.WIDTH, ChartSvg.HEIGHT);
        BufferedImage image = new BufferedImage(scene.width() * SCALE, scene.height() * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(SCALE, SCALE);
            paint(g, scene, FONT);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Draws the scene with Java2D: into the PNG here, into the PDF as vectors and text by {@link ChartPdfDrawer}. */
    static void paint(Graphics2D g, ChartScene scene, Font font) {
        for (ChartScene.Shape shape : scene.shapes()) {
            draw(g, shape, font);
        }
    }

    private static void draw(Graphics2D g, ChartScene.Shape shape, Font font) {
        if (shape instanceof ChartScene.Line l) {
            g.setColor(Color.decode(l.color()));
            g.setStroke(stroke(l.width(), l.dashed()));
            g.draw(new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()));
        } else if (shape instanceof ChartScene.Polyline p && !p.points().isEmpty()) {
            Path2D path = new Path2D.Double();
            path.moveTo(p.points().get(0)[0], p.points().get(0)[1]);
            p.points().stream().skip(1).forEach(xy -> path.lineTo(xy[0], xy[1]));
            g.setColor(Color.decode(p.color()));
            g.setStroke(stroke(p.width(), p.dashed()));
            g.draw(path);
        } else if (shape instanceof ChartScene.Rect r) {
            g.setColor(Color.decode(r.color()));
            g.fill(new Rectangle2D.Double(r.x(), r.y(), r.w(), r.h()));
        } else if (shape instanceof ChartScene.Text t) {
            g.setColor(Color.decode(t.color()));
            g.setFont(font.deriveFont((float) t.size()));
            double width = g.getFontMetrics().stringWidth(t.text());
            double x = "middle".equals(t.anchor()) ? t.x() - width / 2 : "end".equals(t.anchor()) ? t.x() - width : t.x();
            g.drawString(t.text(), (float) x, (float) t.y());
        }
    }

    private static BasicStroke stroke(double width, boolean dashed) {
        return dashed ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {6, 4}, 0)
                : new BasicStroke((float) width);
    }
}
