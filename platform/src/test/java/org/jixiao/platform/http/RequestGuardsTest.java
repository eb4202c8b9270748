package org.jixiao.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestGuardsTest {
    @Test
    void encodedControlCharactersInAPathOrQueryAreRefused() {
        assertThat(RequestGuards.problemIn("/api/v1/departments/GZ%00XFJ")).contains("U+0000");
        assertThat(RequestGuards.problemIn("format=json%00")).contains("U+0000");
        assertThat(RequestGuards.problemIn("asOf=2021%0A12")).isNull(); // LF is text, the parameter check refuses the date
        assertThat(RequestGuards.problemIn("name=%E5%B9%BF%E5%B7%9E+a")).isNull();
        assertThat(RequestGuards.problemIn("a=%ZZ")).contains("percent-encoding");
    }

    @Test
    void uploadsMayBeLargerThanJson() {
        RequestGuards guards = new RequestGuards(Optional.empty(), 10, 50);
        assertThat(guards.limitFor("application/json")).isEqualTo(10);
        assertThat(guards.limitFor(null)).isEqualTo(10);
        assertThat(guards.limitFor("text/csv; charset=UTF-8")).isEqualTo(50);
        assertThat(guards.limitFor("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).isEqualTo(50);
    }
}
