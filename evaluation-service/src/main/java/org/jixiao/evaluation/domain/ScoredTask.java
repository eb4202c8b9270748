package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A key task with its score: a row of the report's task table (任务内容/任务绩效目标/目标完成情况/履职效能评分).
 *
 * @param completion the weight-averaged completion of its indicators as a fraction of 1 (4 decimals), as v1 published it
 * @param completionPercent the same in percent (2 decimals)
 */
public record ScoredTask(String name, String goal, String outcome, BigDecimal points, BigDecimal score,
                         BigDecimal completion, BigDecimal completionPercent, String explanation,
                         List<ScoredIndicator> indicators) {

    /**
     * A scored indicator of a key task.
     *
     * @param fraction the position inside the tier's band as entered (qualitative indicators), else null
     * @param score the indicator's share of full marks as a fraction of 1 (4 decimals): 1 is fully met; the name
     *              predates the unit rule and stays, report-service reads it
     * @param scorePercent the same in percent (2 decimals)
     */
    public record ScoredIndicator(String name, IndicatorKind kind, Direction direction, BigDecimal target, String unit,
                                  BigDecimal actual, Tier tier, BigDecimal fraction, BigDecimal weight, BigDecimal score,
                                  BigDecimal scorePercent, boolean met, String cause, String remedy, String explanation) {
    }
}
