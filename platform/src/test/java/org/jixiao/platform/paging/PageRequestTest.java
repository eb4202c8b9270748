package org.jixiao.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jixiao.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class PageRequestTest {
    @Test
    void offsetIsPageTimesSize() {
        assertThat(PageRequest.of(3, 50).offset()).isEqualTo(150);
    }

    @Test
    void sizeIsBetweenOneAndTheMaximum() {
        assertThat(PageRequest.of(0, PageRequest.MAX_SIZE).size()).isEqualTo(1000);
        assertThatThrownBy(() -> PageRequest.of(0, 0)).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).errors()).singleElement()
                        .satisfies(err -> assertThat(err.field()).isEqualTo("size")));
        assertThatThrownBy(() -> PageRequest.of(0, 1001)).hasMessageContaining("size must be between 1 and 1000");
    }

    @Test
    void negativePagesAndHugeOffsetsAreRefusedNotOverflowed() {
        assertThatThrownBy(() -> PageRequest.of(-1, 10)).hasMessageContaining("page must be 0 or more");
        // 2147483647 × 50 would overflow an int OFFSET
        assertThatThrownBy(() -> PageRequest.of(Integer.MAX_VALUE, 50))
                .isInstanceOf(ProblemException.class).hasMessageContaining("page must not start beyond row");
    }

    @Test
    void badQueryParametersNameThemselves() {
        assertThatThrownBy(() -> QueryParams.date("2021-13-01", "asOf")).hasMessageContaining("asOf");
        assertThat(QueryParams.date(" 2021-12-31 ", "asOf")).hasToString("2021-12-31");
        assertThat(QueryParams.enumOf(Thread.State.class, "new", "state", null)).isEqualTo(Thread.State.NEW);
        assertThatThrownBy(() -> QueryParams.enumOf(Thread.State.class, "OLD", "state", null))
                .hasMessageContaining("state must be one of");
    }

    @Test
    void idsAndNumbersAreAsciiDigitsInRange() {
        assertThat(QueryParams.id("42", "id")).isEqualTo(42L);
        assertThatThrownBy(() -> QueryParams.id("0", "id")).hasMessageContaining("id must be a whole number from 1");
        assertThatThrownBy(() -> QueryParams.id("٣١", "id")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> QueryParams.id("99999999999999999999", "id")).isInstanceOf(ProblemException.class);
        assertThat(QueryParams.integer(null, "year", 2000, 2100, null)).isNull();
        assertThat(QueryParams.integer("2021", "year", 2000, 2100, null)).isEqualTo(2021);
        assertThatThrownBy(() -> QueryParams.integer("2147483648", "year", 2000, 2100, null))
                .hasMessageContaining("year must be a whole number from 2000 to 2100");
        assertThatThrownBy(() -> QueryParams.text("x".repeat(65), "department", 64)).hasMessageContaining("at most 64");
    }
}
