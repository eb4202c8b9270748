package org.jixiao.report.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.platform.jobs.ItemOutcome;
import org.jixiao.platform.jobs.JobItem;
import org.jixiao.platform.jobs.JobParams;
import org.jixiao.platform.jobs.JobPlanner;
import org.jixiao.platform.workflow.ReviewStatus;
import org.jixiao.report.repository.Report;
import org.jixiao.report.repository.ReportRepository;

/**
 * ASSEMBLE_YEAR {year}: a version of every report of the year, assembled and checked, one item each, as
 * POST /api/v1/reports/{id}/versions?ifChanged=true with the starter's token: a report whose newest version already
 * has the same content gets no second identical version, so the job can run again. A version with FATAL findings
 * is stored (the department sees them) and its item FAILED, naming the rules. Reports under review or filed
 * (docs/workflow.md) are not part of the job: they change only when finance returns them.
 */
@ApplicationScoped
public class AssembleYearJob implements JobPlanner {
    private final ReportRepository reports;

    AssembleYearJob(ReportRepository reports) {
        this.reports = reports;
    }

    @Override
    public String type() {
        return "ASSEMBLE_YEAR";
    }

    @Override
    public String description() {
        return "assemble and check a version of every report of a year";
    }

    @Override
    public JobParams params(ObjectNode body) {
        return JobParams.read(body).requiredInt("year", 2000, 2100).done();
    }

    @Override
    public List<JobItem> plan(JobParams params) {
        // a report with the finance bureau (SUBMITTED, REVIEWED, FILED) takes no new version: left out, not failed
        return reports.list("year = ?1 and status in ?2", Sort.by("id"), params.intValue("year"),
                        List.of(ReviewStatus.DRAFT, ReviewStatus.RETURNED)).stream()
                .map(r -> new JobItem("report-" + r.id, label(r), "POST", "/api/v1/reports/" + r.id + "/versions?ifChanged=true"))
                .toList();
    }

    static String label(Report r) {
        return r.department + " " + r.year + (r.title == null ? " report " + r.id : " " + r.title);
    }

    @Override
    public ItemOutcome judge(JobItem item, int httpStatus, String body) {
        ItemOutcome outcome = ItemOutcome.of(httpStatus, body);
        JsonNode version = ItemOutcome.parse(body);
        if (outcome.status() != org.jixiao.platform.jobs.ItemStatus.DONE || version == null
                || version.path("fatalCount").asInt(0) == 0) {
            return outcome;
        }
        List<String> rules = new ArrayList<>();
        version.path("findings").forEach(f -> {
            if ("FATAL".equals(f.path("severity").asText()) && !rules.contains(f.path("rule").asText())) {
                rules.add(f.path("rule").asText());
            }
        });
        return ItemOutcome.failed(httpStatus, "version " + version.path("version").asInt() + " has "
                + version.path("fatalCount").asInt() + " FATAL finding(s): " + String.join(", ", rules));
    }
}
