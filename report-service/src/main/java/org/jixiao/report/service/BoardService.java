package org.jixiao.report.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.platform.workflow.Timeliness;
import org.jixiao.report.client.BudgetGateway;
import org.jixiao.report.client.EvaluationGateway;
import org.jixiao.report.domain.board.CityBoard;
import org.jixiao.report.domain.board.ReportProgress;
import org.jixiao.report.domain.data.CityDepartments;
import org.jixiao.report.domain.data.Cycle;
import org.jixiao.report.domain.data.CycleProgress;
import org.jixiao.report.repository.ReportRepository;

/**
 * The city board of a year (docs/workflow.md): every department from budget-service, its progress from
 * evaluation-service, its report from this service's own tables, against the year's deadlines. Four peer requests
 * (three for up to 1000 departments) and one query, whatever the size of the city.
 */
@ApplicationScoped
public class BoardService {
    private final BudgetGateway budget;
    private final EvaluationGateway evaluation;
    private final ReportRepository reports;
    private final ObjectMapper mapper;

    public BoardService(BudgetGateway budget, EvaluationGateway evaluation, ReportRepository reports, ObjectMapper mapper) {
        this.budget = budget;
        this.evaluation = evaluation;
        this.reports = reports;
        this.mapper = mapper;
    }

    /** The peers are asked outside any transaction; the reports are read in a short one of their own. */
    public CityBoard board(int year) {
        Cycle cycle = read(evaluation.cycle(year), Cycle.class);
        CycleProgress progress = read(evaluation.progress(year), CycleProgress.class);
        CityDepartments departments = departments();
        List<ReportProgress> reportProgress = QuarkusTransaction.requiringNew().call(() -> reports.progress(year));
        return CityBoard.of(departments, progress, reportProgress, cycle, LocalDate.now(Timeliness.ZONE));
    }

    /** Every department, page by page. */
    private CityDepartments departments() {
        List<CityDepartments.Entry> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            CityDepartments one = read(budget.departments(page), CityDepartments.class);
            all.addAll(one.itemList());
            if (one.itemList().size() < BudgetGateway.MAX_PAGE || all.size() >= one.total()) {
                return new CityDepartments(all, all.size());
            }
        }
    }

    private <T> T read(JsonNode json, Class<T> type) {
        try {
            return mapper.treeToValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a peer's answer does not read as " + type.getSimpleName(), e);
        }
    }
}
