package org.jixiao.report.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jixiao.platform.jobs.JobItem;
import org.jixiao.platform.jobs.JobParams;
import org.jixiao.platform.jobs.JobPlanner;
import org.jixiao.report.repository.ReportVersion;
import org.jixiao.report.repository.VersionRepository;

/**
 * RENDER_PUBLISHED {year}: the PDF of every published version of the year's reports, rendered once and stored, one item
 * each, as POST /api/v1/reports/{id}/versions/{v}/rendered?format=pdf with the starter's token. A version already
 * stored is not rendered again.
 */
@ApplicationScoped
public class RenderPublishedJob implements JobPlanner {
    private final VersionRepository versions;

    RenderPublishedJob(VersionRepository versions) {
        this.versions = versions;
    }

    @Override
    public String type() {
        return "RENDER_PUBLISHED";
    }

    @Override
    public String description() {
        return "render and store the PDF of every published report version of a year";
    }

    @Override
    public JobParams params(ObjectNode body) {
        return JobParams.read(body).requiredInt("year", 2000, 2100).done();
    }

    @Override
    public List<JobItem> plan(JobParams params) {
        List<Object[]> rows = versions.getEntityManager().createQuery("select v, r.department from ReportVersion v, Report r"
                        + " where v.reportId = r.id and r.year = :year and v.status = :published order by r.id, v.version", Object[].class)
                .setParameter("year", params.intValue("year")).setParameter("published", ReportVersion.PUBLISHED).getResultList();
        return rows.stream().map(row -> {
            ReportVersion v = (ReportVersion) row[0];
            return new JobItem("report-" + v.reportId + "-v" + v.version, row[1] + " " + v.title + " v" + v.version, "POST",
                    "/api/v1/reports/" + v.reportId + "/versions/" + v.version + "/rendered?format=pdf");
        }).toList();
    }
}
