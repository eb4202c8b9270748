package org.jixiao.report.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One figure the report can print: its placeholder key, kind, exact value, printed text and where it came from.
 * {@code printed} is the value at display precision (万元 for amounts), used to compare with typed numbers.
 */
public record Figure(String key, FigureKind kind, BigDecimal value, String text, BigDecimal printed, String source) {

    public static Figure amount(String key, BigDecimal yuan, String source) {
        return new Figure(key, FigureKind.AMOUNT, yuan, Fmt.wanText(yuan), Fmt.wan(yuan), source);
    }

    public static Figure percent(String key, BigDecimal percent, String source) {
        return new Figure(key, FigureKind.PERCENT, percent, Fmt.percentText(percent),
                percent == null ? null : percent.setScale(2, RoundingMode.HALF_UP), source);
    }

    public static Figure score(String key, BigDecimal score, String source) {
        return new Figure(key, FigureKind.SCORE, score, Fmt.scoreText(score),
                score == null ? null : score.setScale(2, RoundingMode.HALF_UP), source);
    }

    public static Figure integer(String key, Integer n, String source) {
        return new Figure(key, FigureKind.INTEGER, n == null ? null : BigDecimal.valueOf(n), n == null ? "—" : n.toString(),
                n == null ? null : BigDecimal.valueOf(n), source);
    }

    public static Figure number(String key, BigDecimal n, String source) {
        return new Figure(key, FigureKind.NUMBER, n, Fmt.plain(n), n, source);
    }

    public static Figure text(String key, String text, String source) {
        return new Figure(key, FigureKind.TEXT, null, text == null ? "" : text, null, source);
    }
}
