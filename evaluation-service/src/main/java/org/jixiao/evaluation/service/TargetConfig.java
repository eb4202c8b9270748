package org.jixiao.evaluation.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** What performance targets' points add up to (docs/scoring.md, "Performance targets"). */
@ConfigMapping(prefix = "jixiao.targets")
public interface TargetConfig {
    /** A PROJECT target set's indicator weights: 100 minus 10 for 预算执行率. */
    @WithDefault("90")
    BigDecimal projectIndicatorPoints();

    /** A DEPARTMENT target set's key task points: DEPT-OVERALL's DUTY node (履职效能). */
    @WithDefault("50")
    BigDecimal departmentTaskPoints();
}
