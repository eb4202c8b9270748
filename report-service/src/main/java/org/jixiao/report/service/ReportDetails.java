package org.jixiao.report.service;

import java.util.List;
import org.jixiao.report.repository.Report;
import org.jixiao.report.repository.ReportSection;
import org.jixiao.report.repository.ReportVersion;

/** A report with the sections written so far and its versions, in version order. */
public record ReportDetails(Report report, List<ReportSection> sections, List<ReportVersion> versions) {
}
