package org.jixiao.evaluation.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jixiao.evaluation.domain.MonitoredIndicator;
import org.jixiao.evaluation.domain.MonitoringMoney;
import org.jixiao.evaluation.domain.MonitoringReason;
import org.jixiao.evaluation.domain.MonitoringStatus;
import org.jixiao.evaluation.domain.TargetScope;

/**
 * A target set's monitoring at a checkpoint as stored: the target version it was recorded against, every indicator
 * with its target, reported values and flag, the money (全年预算数, 执行数, spending vs time progress), the status with
 * its reasons, and who recorded it when. budget-service's answer is stored as fetched but not repeated here.
 */
public record MonitoringView(long id, long targetSetId, String department, int year, TargetScope scope, String projectKey,
                             String projectName, LocalDate checkpoint, int targetVersion, MonitoringStatus status,
                             String statusLabel, List<MonitoringReason> reasons, MonitoringMoney money,
                             List<MonitoredIndicator> indicators, OffsetDateTime fetchedAt, String recordedBy,
                             OffsetDateTime recordedAt) {
}
