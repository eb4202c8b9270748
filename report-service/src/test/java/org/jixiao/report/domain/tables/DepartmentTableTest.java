package org.jixiao.report.domain.tables;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.report.domain.Fixtures;
import org.jixiao.report.domain.tables.DepartmentTable.Row;
import org.junit.jupiter.api.Test;

/** The model department's 部门整体支出绩效自评表: the scored DEPT-OVERALL tree, 履职效能 by key task. */
class DepartmentTableTest {

    @Test
    void leavesUnderTheirGroupsAddUpToTheTotal() {
        DepartmentTable t = DepartmentTable.of(Fixtures.data());
        assertThat(t.title()).isEqualTo("2021年度广州市信访局部门整体支出绩效自评表");
        assertThat(t.points()).isEqualByComparingTo("100");
        assertThat(t.total()).isEqualByComparingTo("93.16");
        assertThat(t.rowScoreSum()).isEqualByComparingTo("93.16");
        Row exec = t.rows().get(0);
        assertThat(exec.groups()).containsExactly("管理效能（分值50，得分43.16）", "预算执行（分值20，得分19.60）");
        assertThat(exec.name()).isEqualTo("预算执行率");
        assertThat(exec.score()).isEqualByComparingTo("9.99");
        assertThat(exec.explanation()).startsWith("10 × min(99.92%");
        assertThat(t.rows()).filteredOn(r -> r.name().startsWith("重点工作任务")).hasSize(3)
                .allSatisfy(r -> assertThat(r.groups()).containsExactly("履职效能（分值50，得分50）"));
    }

    @Test
    void gridMergesGroupsDownAndShallowLeavesAcross() {
        DepartmentTable t = DepartmentTable.of(Fixtures.data());
        TableGrid g = t.grid();
        assertThat(g.columns()).isEqualTo(6);
        TableGrid.Cell management = g.at(2, 0);
        assertThat(management.text()).isEqualTo("管理效能（分值50，得分43.16）");
        long managementRows = t.rows().stream().filter(r -> r.groups().get(0).startsWith("管理效能")).count();
        assertThat(management.rowSpan()).isEqualTo((int) managementRows);
        int task = 2 + (int) managementRows;
        assertThat(g.at(task, 1).text()).startsWith("重点工作任务1：");
        assertThat(g.at(task, 1).colSpan()).isEqualTo(2);
        int last = g.rows() - 1;
        assertThat(g.at(last, 0).text()).isEqualTo("总分");
        assertThat(g.at(last, 4).display()).isEqualTo("93.16");
    }
}
