package org.jixiao.report.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.report.domain.data.Amounts;
import org.jixiao.report.domain.data.EvaluationResult;
import org.jixiao.report.domain.data.Execution;
import org.jixiao.report.domain.data.Indicator;
import org.jixiao.report.domain.data.KeyTask;
import org.jixiao.report.domain.data.Line;
import org.jixiao.report.domain.data.RankingEntry;
import org.jixiao.report.domain.data.ScoreNode;
import org.jixiao.report.domain.data.SourceAmounts;

/** Every figure of a snapshot under its placeholder key (see {@link PlaceholderCatalogue}). */
public final class FigureTable {
    private final Map<String, Figure> figures = new LinkedHashMap<>();

    private FigureTable() {
    }

    public static FigureTable of(ReportData d) {
        FigureTable t = new FigureTable();
        t.put(Figure.text("department.code", d.departmentCode(), "report"));
        t.put(Figure.text("department.name", d.departmentName(), "budget-service department"));
        if (d.department() != null) {
            t.put(Figure.integer("department.divisionCount", d.department().divisionList().size(), "budget-service department.divisions"));
            t.put(Figure.text("department.divisions", String.join("、", d.department().divisionList()), "budget-service department.divisions"));
        }
        t.put(Figure.integer("report.year", d.year(), "report"));
        t.put(Figure.text("report.asOf", d.asOf(), "report version"));

        Execution m = d.municipal();
        if (m != null) {
            String src = "budget-service execution scope=MUNICIPAL ";
            t.amounts("execution.total", m.total(), src + "total");
            t.amounts("execution.basic", m.basic(), src + "basic");
            t.amounts("execution.project", m.project(), src + "project");
            t.put(Figure.percent("execution.progress", m.progress(), src + "progress"));
            for (Line l : m.lineList()) {
                t.line(l, src);
            }
            t.projects(m);
        }
        Execution a = d.all();
        if (a != null) {
            String src = "budget-service execution scope=ALL ";
            t.amounts("execution.all", a.total(), src + "total");
            t.amounts("execution.all.basic", a.basic(), src + "basic");
            t.amounts("execution.all.project", a.project(), src + "project");
            for (SourceAmounts s : a.sourceList()) {
                t.amounts("execution.source." + s.fundingSource(), s.amounts(), src + "bySource[" + s.fundingSource() + "]");
            }
            for (Line l : a.lineList()) {
                if (!t.figures.containsKey("execution.line." + l.lineCode() + ".spent")) {
                    t.line(l, src);
                }
            }
            if (m != null && a.total() != null && m.total() != null) {
                t.put(Figure.amount("execution.nonMunicipal.adjustedBudget",
                        minus(a.total().adjustedBudget(), m.total().adjustedBudget()), src + "total − MUNICIPAL total"));
                t.put(Figure.amount("execution.nonMunicipal.spent",
                        minus(a.total().spent(), m.total().spent()), src + "total − MUNICIPAL total"));
            }
        }
        RankingEntry r = d.rankingEntry();
        if (r != null) {
            t.put(Figure.integer("ranking.rank", r.rank(), "budget-service ranking"));
            t.put(Figure.percent("ranking.progress", r.progress(), "budget-service ranking"));
        }
        if (d.ranking() != null) {
            t.put(Figure.integer("ranking.count", d.ranking().entries().size(), "budget-service ranking"));
            t.put(Figure.text("ranking.benchmark", d.ranking().benchmarkDescription() != null
                    ? d.ranking().benchmarkDescription() : d.ranking().benchmark(), "budget-service ranking"));
        }
        EvaluationResult e = d.evaluation();
        if (e != null) {
            String src = "evaluation-service result ";
            t.put(Figure.score("score.total", e.total(), src + "total"));
            t.put(Figure.text("score.grade", e.grade(), src + "grade"));
            t.put(Figure.text("score.recommendation", e.recommendation(), src + "recommendation"));
            t.nodes(e.nodeList(), src);
            List<KeyTask> tasks = e.taskList();
            t.put(Figure.integer("score.taskCount", tasks.size(), src + "tasks"));
            for (int i = 0; i < tasks.size(); i++) {
                KeyTask k = tasks.get(i);
                String key = "score.task." + (i + 1);
                String ts = src + "tasks[" + i + "]";
                t.put(Figure.score(key, k.score(), ts + ".score"));
                t.put(Figure.score(key + ".score", k.score(), ts + ".score"));
                t.put(Figure.score(key + ".points", k.points(), ts + ".points"));
                t.put(Figure.text(key + ".name", k.name(), ts + ".name"));
                List<Indicator> ind = k.indicatorList();
                for (int j = 0; j < ind.size(); j++) {
                    Indicator in = ind.get(j);
                    String ik = key + ".indicator." + (j + 1) + ".actual";
                    t.put("%".equals(in.unit()) ? Figure.percent(ik, in.actual(), ts + ".indicators[" + j + "].actual")
                            : Figure.number(ik, in.actual(), ts + ".indicators[" + j + "].actual"));
                }
            }
        }
        return t;
    }

    private static BigDecimal minus(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b);
    }

    private void nodes(List<ScoreNode> nodes, String src) {
        for (ScoreNode n : nodes) {
            put(Figure.score("score.node." + n.code(), n.score(), src + "node " + n.code() + ".score"));
            put(Figure.score("score.node." + n.code() + ".points", n.points(), src + "node " + n.code() + ".points"));
            nodes(n.childList(), src);
        }
    }

    private void amounts(String prefix, Amounts a, String source) {
        if (a == null) {
            return;
        }
        put(Figure.amount(prefix + ".initialBudget", a.initialBudget(), source + ".initialBudget"));
        put(Figure.amount(prefix + ".adjustedBudget", a.adjustedBudget(), source + ".adjustedBudget"));
        put(Figure.amount(prefix + ".spent", a.spent(), source + ".spent"));
        put(Figure.amount(prefix + ".unspent", a.unspent(), source + ".unspent"));
        put(Figure.percent(prefix + ".rate", a.rate(), source + ".rate"));
    }

    private void line(Line l, String src) {
        amounts("execution.line." + l.lineCode(), l.amounts(), src + "lines[" + l.lineCode() + "]");
        put(Figure.text("execution.line." + l.lineCode() + ".name", l.name(), src + "lines[" + l.lineCode() + "].name"));
    }

    /** The project paragraph's figures: lines executed in full and the lowest rate of the others. */
    private void projects(Execution m) {
        ProjectSummary p = ProjectSummary.of(m);
        put(Figure.text("execution.projects.fullyExecuted", p.fullyExecutedNames(), "budget-service execution scope=MUNICIPAL lines (PROJECT, rate ≥ 100%)"));
        put(Figure.integer("execution.projects.fullyExecutedCount", p.fullyExecuted().size(), "budget-service execution scope=MUNICIPAL lines (PROJECT, rate ≥ 100%)"));
        if (p.minOtherRate() != null) {
            put(new Figure("execution.projects.minOtherRate", FigureKind.PERCENT, p.minOtherRate(),
                    Fmt.percentText(p.minOtherRate()), p.minOtherRate(), "budget-service execution scope=MUNICIPAL lines (PROJECT, lowest rate below 100%, truncated)"));
        }
    }

    private void put(Figure f) {
        figures.put(f.key(), f);
    }

    public Optional<Figure> get(String key) {
        return Optional.ofNullable(figures.get(key));
    }

    public List<Figure> ofKind(FigureKind kind) {
        List<Figure> out = new ArrayList<>();
        for (Figure f : figures.values()) {
            if (f.kind() == kind && f.printed() != null) {
                out.add(f);
            }
        }
        return out;
    }
}
