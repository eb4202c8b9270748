package org.jixiao.report.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.ReportData;
import org.jixiao.report.domain.SectionKey;
import org.jixiao.report.repository.ReportVersion;

/**
 * A version with its content read: the snapshot as stored (the peers' JSON), the records read from it once, the
 * narrative and the findings.
 */
public record StoredVersion(ReportVersion version, JsonNode snapshot, ReportData data, Map<SectionKey, String> narrative,
        List<Finding> findings) {
}
