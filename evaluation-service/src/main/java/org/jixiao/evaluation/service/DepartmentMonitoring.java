package org.jixiao.evaluation.service;

import java.time.LocalDate;
import org.jixiao.evaluation.domain.MonitoringStatus;

/**
 * A department's overall monitoring status at a checkpoint: the worst of its department set's and its projects'
 * statuses recorded there, with how many sets are GREEN, YELLOW and RED.
 */
public record DepartmentMonitoring(String department, LocalDate checkpoint, MonitoringStatus status, String statusLabel,
                                   long sets, long green, long yellow, long red) {
}
