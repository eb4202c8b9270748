package org.jixiao.report.service.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The open fonts shipped for the PDF, each standing in for the style a government office uses (GB/T 9704-2012): the
 * office's own fonts are named first in every CSS stack ({@link #stack}), so a browser with them installed shows them,
 * and the PDF falls through to the open one, embedded as a subset. Licences: src/main/resources/fonts/LICENSE-*.txt.
 */
public enum Typeface {
    /** 宋体 style (AR PL SungtiL GB): the title, the body and the tables; there is no free 小标宋 or 仿宋. */
    SONG("AR PL SungtiL GB", "/fonts/gbsn00lp.ttf", 400),
    /** 楷体 style (AR PL KaitiM GB): second-level headings. */
    KAI("AR PL KaitiM GB", "/fonts/gkai00mp.ttf", 400),
    /** 黑体 style (Droid Sans Fallback, no Latin glyphs): first-level headings, charts, and any character outside GB 2312. */
    HEI("Droid Sans Fallback", "/fonts/DroidSansFallbackFull.ttf", 400),
    /** Latin for the 黑体 stacks. */
    LATIN("DejaVu Sans", "/fonts/DejaVuSans.ttf", 400),
    LATIN_BOLD("DejaVu Sans", "/fonts/DejaVuSans-Bold.ttf", 700);

    /** 方正小标宋简体 for the title. */
    public static final String TITLE = stack("方正小标宋简体", "FZXiaoBiaoSong-B05S", "小标宋", SONG);
    /** 仿宋_GB2312 for the body. */
    public static final String BODY = stack("仿宋_GB2312", "仿宋", "FangSong", SONG);
    /** 黑体 for first-level headings (一、). */
    public static final String HEADING = stack("黑体", "SimHei", LATIN);
    /** 楷体_GB2312 for second-level headings ((一)). */
    public static final String SUBHEADING = stack("楷体_GB2312", "楷体", "KaiTi", KAI, SONG);
    /** 宋体 for tables, page numbers and the footer. */
    public static final String TABLE = stack("宋体", "SimSun", SONG);

    public final String family;
    private final String resource;
    public final int weight;
    private volatile TrueTypeFont parsed;

    Typeface(String family, String resource, int weight) {
        this.family = family;
        this.resource = resource;
        this.weight = weight;
    }

    /**
     * The font parsed once and shared by every document: parsing a CJK font costs tens of milliseconds, and PDFBox
     * synchronises its table reads, so documents rendered at the same time can subset the same instance.
     */
    public TrueTypeFont font() {
        TrueTypeFont font = parsed;
        if (font == null) {
            synchronized (this) {
                if (parsed == null) {
                    parsed = parse(resource);
                }
                font = parsed;
            }
        }
        return font;
    }

    /**
     * A CSS font-family list: the office fonts by name, then the open ones, then 黑体 and DejaVu for whatever those lack
     * (a character no embedded font has would fall to a PDF base font, which is not embedded).
     */
    private static String stack(Object... families) {
        List<String> names = new ArrayList<>();
        for (Object f : families) {
            names.add(f instanceof Typeface t ? t.family : f.toString());
        }
        for (Typeface last : List.of(HEI, LATIN)) {
            if (!names.contains(last.family)) {
                names.add(last.family);
            }
        }
        return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
    }

    private static TrueTypeFont parse(String resource) {
        try (InputStream in = Typeface.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
