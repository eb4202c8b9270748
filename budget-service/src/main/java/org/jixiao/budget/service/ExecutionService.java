package org.jixiao.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jixiao.budget.config.BudgetConfig;
import org.jixiao.budget.domain.Benchmark;
import org.jixiao.budget.domain.CityRanking;
import org.jixiao.budget.domain.Execution;
import org.jixiao.budget.domain.ExecutionCalculator;
import org.jixiao.budget.domain.LineBudget;
import org.jixiao.budget.domain.Percent;
import org.jixiao.budget.domain.ProjectExecution;
import org.jixiao.budget.domain.Ranking;
import org.jixiao.budget.domain.Scope;
import org.jixiao.budget.domain.TimeProgress;
import org.jixiao.budget.domain.Warnings;
import org.jixiao.budget.repository.BudgetQueries;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;

/** Execution (预算执行), city ranking and monitoring warnings (绩效运行监控). */
@ApplicationScoped
public class ExecutionService {
    private final BudgetQueries queries;
    private final BudgetConfig config;
    /** City-wide reads, reused until the year's data version changes (checked on every request). */
    private final VersionedCache cityCache = new VersionedCache(64);
    private final VersionedCache executionCache = new VersionedCache(1_000);

    private final ComputeGate gate;

    public ExecutionService(BudgetQueries queries, BudgetConfig config, ComputeGate gate) {
        this.queries = queries;
        this.config = config;
        this.gate = gate;
    }

    /**
     * Reused while the department-year's data version is unchanged: the version is read on every
     * request (one indexed row), so a write through any replica is seen at once.
     */
    public Execution execution(String departmentCode, int year, LocalDate asOf, Scope scope, Benchmark benchmark) {
        BudgetQueries.DepartmentYear department = queries.departmentYear(departmentCode, year);
        if (department == null) {
            throw ProblemException.notFound("department " + departmentCode + " does not exist");
        }
        LocalDate date = asOf == null ? CityRanking.defaultAsOf(year, LocalDate.now()) : asOf;
        Benchmark chosen = benchmark == null ? config.defaultBenchmark() : benchmark;
        String key = department.id() + "/" + year + "/" + date + "/" + scope + "/" + chosen;
        return executionCache.get(key, department.version(),
                () -> gate.run(() -> computeExecution(department, year, date, scope, chosen)));
    }

    private Execution computeExecution(BudgetQueries.DepartmentYear department, int year, LocalDate date, Scope scope,
                                       Benchmark chosen) {
        String departmentCode = department.code();
        List<LineBudget> lines = queries.lines(department.id(), year);
        if (lines.isEmpty()) {
            throw ProblemException.notFound(departmentCode + " has no budget lines in " + year);
        }
        return calculate(department, year, date, scope, chosen, lines);
    }

    /**
     * A project's execution: its lines (those with this project key) across every funding source, as of a date.
     * 404 when the department has no line of that project in the year.
     */
    public ProjectExecution projectExecution(String departmentCode, int year, String projectKey, LocalDate asOf,
                                             Benchmark benchmark) {
        BudgetQueries.DepartmentYear department = queries.departmentYear(departmentCode, year);
        if (department == null) {
            throw ProblemException.notFound("department " + departmentCode + " does not exist");
        }
        List<LineBudget> lines = queries.lines(department.id(), year).stream()
                .filter(l -> projectKey.equals(l.projectKey())).toList();
        if (lines.isEmpty()) {
            throw ProblemException.notFound(departmentCode + " has no budget line of project " + projectKey + " in " + year);
        }
        LocalDate date = asOf == null ? CityRanking.defaultAsOf(year, LocalDate.now()) : asOf;
        Benchmark chosen = benchmark == null ? config.defaultBenchmark() : benchmark;
        return gate.run(() -> ProjectExecution.of(projectKey, calculate(department, year, date, Scope.ALL, chosen, lines)));
    }

    private Execution calculate(BudgetQueries.DepartmentYear department, int year, LocalDate date, Scope scope,
                                Benchmark chosen, List<LineBudget> lines) {
        String departmentCode = department.code();
        TimeProgress timeProgress = timeProgress(chosen, () -> {
            List<BigDecimal> plan = queries.monthlyPlan(department.id(), year);
            if (plan == null) {
                throw ProblemException.unprocessable("benchmark PLAN needs the department's monthly plan; "
                        + departmentCode + " has none for " + year + " (PUT .../budgets/" + year + "/plan)",
                        List.of(new FieldError(null, "benchmark", "no monthly plan")));
            }
            return plan;
        });
        return new ExecutionCalculator(config.statusPolicy()).calculate(department.code(), department.name(), year,
                date, scope, timeProgress, lines, queries.spendingByLineAndMonth(department.id(), year, date),
                department.lastChangedAt());
    }

    public Ranking ranking(int year, LocalDate asOf, Scope scope, Benchmark benchmark) {
        LocalDate date = asOf == null ? CityRanking.defaultAsOf(year, LocalDate.now()) : asOf;
        Benchmark chosen = benchmark == null ? config.defaultBenchmark() : benchmark;
        return cached("ranking", year, date, scope, chosen, () -> computeRanking(year, date, scope, chosen));
    }

    private Ranking computeRanking(int year, LocalDate date, Scope scope, Benchmark chosen) {
        Function<String, BigDecimal> timeOf = timeProgressByDepartment(year, date, chosen);
        List<Ranking.Entry> entries = new CityRanking(config.statusPolicy())
                .rank(queries.cityLines(year, date, scope), timeOf);
        BigDecimal common = chosen == Benchmark.PLAN ? null
                : Percent.round(timeProgress(chosen, List::of).at(year, date));
        return new Ranking(year, date, scope, chosen, description(chosen), common, entries);
    }

    public Warnings warnings(int year, LocalDate asOf, Scope scope, Benchmark benchmark) {
        LocalDate date = asOf == null ? CityRanking.defaultAsOf(year, LocalDate.now()) : asOf;
        Benchmark chosen = benchmark == null ? config.defaultBenchmark() : benchmark;
        return cached("warnings", year, date, scope, chosen, () -> computeWarnings(year, date, scope, chosen));
    }

    private <T> T cached(String kind, int year, LocalDate date, Scope scope, Benchmark benchmark, Supplier<T> compute) {
        String key = kind + "/" + year + "/" + date + "/" + scope + "/" + benchmark;
        return cityCache.get(key, queries.yearVersion(year), () -> gate.run(compute));
    }

    private Warnings computeWarnings(int year, LocalDate date, Scope scope, Benchmark chosen) {
        Function<String, BigDecimal> timeOf = timeProgressByDepartment(year, date, chosen);
        return new Warnings(year, date, scope, chosen, description(chosen),
                new CityRanking(config.statusPolicy()).warnings(queries.cityLines(year, date, scope), timeOf));
    }

    /** PLAN uses each department's own plan; a department without one is measured linearly. */
    private Function<String, BigDecimal> timeProgressByDepartment(int year, LocalDate date, Benchmark benchmark) {
        if (benchmark != Benchmark.PLAN) {
            BigDecimal common = timeProgress(benchmark, List::of).at(year, date);
            return code -> common;
        }
        Map<String, List<BigDecimal>> plans = queries.monthlyPlans(year);
        BigDecimal linear = TimeProgress.linear().at(year, date);
        return code -> {
            List<BigDecimal> plan = plans.get(code);
            return plan == null ? linear : new TimeProgress(Benchmark.PLAN, null, plan).at(year, date);
        };
    }

    private String description(Benchmark benchmark) {
        return switch (benchmark) {
            case LINEAR -> benchmark.description();
            case QUARTERLY -> benchmark.description() + ": " + config.quarterlyTargets().stream()
                    .map(BigDecimal::toPlainString).reduce((a, b) -> a + "/" + b).orElse("") + "%";
            case PLAN -> benchmark.description() + "; departments without a plan: linear";
        };
    }

    private TimeProgress timeProgress(Benchmark benchmark, Supplier<List<BigDecimal>> plan) {
        return switch (benchmark) {
            case LINEAR -> TimeProgress.linear();
            case QUARTERLY -> new TimeProgress(Benchmark.QUARTERLY, config.quarterlyTargets(), null);
            case PLAN -> new TimeProgress(Benchmark.PLAN, null, plan.get());
        };
    }
}
