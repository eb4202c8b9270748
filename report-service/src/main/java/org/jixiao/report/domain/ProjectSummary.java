package org.jixiao.report.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.report.domain.data.Execution;
import org.jixiao.report.domain.data.Line;

/**
 * The project execution paragraph's facts: which PROJECT lines were executed in full (spent ≥ budget), and the lowest
 * rate of the others, truncated (not rounded) to 2 decimals so that "均已达 X% 以上" is never an overstatement.
 */
public record ProjectSummary(List<Line> fullyExecuted, List<Line> others, BigDecimal minOtherRate) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static ProjectSummary of(Execution e) {
        List<Line> full = new ArrayList<>();
        List<Line> others = new ArrayList<>();
        BigDecimal min = null;
        for (Line l : e.lines("PROJECT")) {
            BigDecimal b = l.adjustedBudget();
            BigDecimal s = l.spent();
            if (b == null || s == null || b.signum() == 0) {
                continue;
            }
            if (s.compareTo(b) >= 0) {
                full.add(l);
            } else {
                others.add(l);
                BigDecimal r = s.multiply(HUNDRED).divide(b, 2, RoundingMode.DOWN);
                min = min == null || r.compareTo(min) < 0 ? r : min;
            }
        }
        return new ProjectSummary(full, others, min);
    }

    /** "A、B、C以及D". */
    public String fullyExecutedNames() {
        List<String> names = fullyExecuted.stream().map(Line::name).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join("、", names.subList(0, names.size() - 1)) + "以及" + names.get(names.size() - 1);
    }
}
