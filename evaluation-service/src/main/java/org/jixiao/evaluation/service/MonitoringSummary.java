package org.jixiao.evaluation.service;

import java.time.LocalDate;
import java.util.List;
import org.jixiao.evaluation.domain.MonitoringMoney;
import org.jixiao.evaluation.domain.MonitoringReason;
import org.jixiao.evaluation.domain.MonitoringStatus;
import org.jixiao.evaluation.domain.TargetScope;

/** One line of the city-wide monitoring view: a project's or department's set at a checkpoint, its status and reasons. */
public record MonitoringSummary(long id, long targetSetId, String department, int year, LocalDate checkpoint, TargetScope scope,
                                String projectKey, String projectName, MonitoringStatus status, String statusLabel,
                                List<MonitoringReason> reasons, MonitoringMoney money) {
}
