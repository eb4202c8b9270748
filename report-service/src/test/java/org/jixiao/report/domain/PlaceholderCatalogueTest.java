package org.jixiao.report.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PlaceholderCatalogueTest {
    @Test
    void knowsTheDocumentedKeysAndFamilies() {
        for (String key : new String[] {"execution.total.spent", "execution.total.rate", "execution.basic.spent",
                "execution.project.adjustedBudget", "execution.all.adjustedBudget", "ranking.rank", "score.total",
                "score.node.MANAGEMENT", "score.grade", "execution.line.P-2021-YW.rate", "execution.source.OTHER.spent",
                "score.task.3.points", "score.task.1.indicator.2.actual", "department.divisionCount"}) {
            assertThat(PlaceholderCatalogue.isKnown(key)).as(key).isTrue();
        }
        assertThat(PlaceholderCatalogue.isKnown("execution.total.spend")).isFalse();
        assertThat(PlaceholderCatalogue.isKnown("execution.source.CITY.spent")).isFalse();
        assertThat(PlaceholderCatalogue.unknownIn("a {{ execution.total.spent }} b {{score.totl}}")).containsExactly("score.totl");
    }

    @Test
    void bindsFiguresFromTheSnapshot() {
        FigureTable f = FigureTable.of(Fixtures.data());
        String text = "支出 {{execution.total.spent}} 万元，完成率 {{execution.total.rate}}，全部资金 {{execution.all.adjustedBudget}} 万元，"
                + "其他资金 {{execution.nonMunicipal.spent}} 万元，排名第{{ranking.rank}}名，总分{{score.total}}分，"
                + "管理效能{{score.node.MANAGEMENT}}分，履职效能{{score.node.DUTY}}分，等级{{score.grade}}，处室{{department.divisionCount}}个，"
                + "项目{{execution.line.P-JDDT.rate}}，{{execution.line.NOPE.rate}}";
        assertThat(PlaceholderCatalogue.bind(text, f)).isEqualTo(
                "支出 3661.45 万元，完成率 99.92%，全部资金 3834.35 万元，其他资金 170.00 万元，排名第6名，总分93.16分，"
                        + "管理效能43.16分，履职效能50分，等级优，处室7个，项目99.66%，{{execution.line.NOPE.rate}}");
        assertThat(f.get("execution.projects.minOtherRate").orElseThrow().text()).isEqualTo("99.66%");
        assertThat(f.get("execution.projects.fullyExecutedCount").orElseThrow().text()).isEqualTo("5");
    }

    /** A section of 50,000 characters is read in linear time, whatever it holds (the former pattern took days). */
    @Test
    void findsPlaceholdersInLinearTime() {
        String unclosed = "{{" + " ".repeat(49_990);
        String manyOpen = "{{ a".repeat(12_000);
        String blanksThenClosed = "{{" + " ".repeat(24_000) + "score.total" + " ".repeat(24_000) + "}}";
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertThat(PlaceholderCatalogue.keysIn(unclosed)).isEmpty();
            assertThat(PlaceholderCatalogue.keysIn(manyOpen)).isEmpty();
            assertThat(PlaceholderCatalogue.keysIn(blanksThenClosed)).containsExactly("score.total");
            assertThat(PlaceholderCatalogue.bind(unclosed, FigureTable.of(Fixtures.data()))).isEqualTo(unclosed);
        });
        assertThat(PlaceholderCatalogue.keysIn("{{\tscore.total\n}} {{}} {{ a b }}")).containsExactly("score.total", "", "a b");
    }
}
