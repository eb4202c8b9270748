package org.jixiao.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictJsonTest {
    enum Category { BASIC, PROJECT }

    record Line(String name, Category category, BigDecimal amount, Integer year, LocalDate date, Boolean flag,
                List<String> tags) {
    }

    private final ObjectMapper mapper = strict();

    private static ObjectMapper strict() {
        ObjectMapper m = new ObjectMapper().registerModule(new JavaTimeModule());
        new JsonNumbers().customize(m);
        new StrictJson().customize(m);
        return m;
    }

    private Line read(String json) throws JsonProcessingException {
        return mapper.readValue(json, Line.class);
    }

    private static String fieldOf(Throwable e) {
        return ((MismatchedInputException) e).getPath().get(0).getFieldName();
    }

    @Test
    void aWellFormedBodyReadsAsBefore() throws Exception {
        Line line = read("""
                {"name": "信息化建设\\t(示例)\\n", "category": "PROJECT", "amount": 36614525.00, "year": 2021,
                 "date": "2021-12-31", "flag": true, "tags": ["a"]}""");
        assertThat(line.amount()).isEqualByComparingTo("36614525.00").hasScaleOf(2);
        assertThat(line.category()).isEqualTo(Category.PROJECT);
        assertThat(line.date()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(line.name()).contains("\t");
    }

    @Test
    void trailingTokensAndDuplicateKeysAreRefused() {
        assertThatThrownBy(() -> read("{\"name\": \"a\"} garbage")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"name\": \"a\"}{}")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"name\": \"a\", \"year\": 1, \"name\": \"b\"}"))
                .isInstanceOf(JsonProcessingException.class).hasMessageContaining("Duplicate field 'name'");
    }

    @Test
    void numbersAreNotEnumsStringsOrBooleansAndFloatsAreNotIntegers() {
        assertThatThrownBy(() -> read("{\"category\": 1}")).isInstanceOf(MismatchedInputException.class)
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("category"));
        assertThatThrownBy(() -> read("{\"name\": 12}")).isInstanceOf(MismatchedInputException.class)
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("name"));
        assertThatThrownBy(() -> read("{\"flag\": 1}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"year\": 2021.5}")).isInstanceOf(MismatchedInputException.class)
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("year"));
        assertThatThrownBy(() -> read("{\"year\": \"2021\"}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"amount\": \"12.50\"}")).isInstanceOf(MismatchedInputException.class)
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("amount"));
    }

    @Test
    void aDateIsADateNotADateTimeNorANumber() {
        assertThatThrownBy(() -> read("{\"date\": \"2021-12-31T10:00:00\"}")).isInstanceOf(MismatchedInputException.class)
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("date"));
        assertThatThrownBy(() -> read("{\"date\": 18992}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"date\": \"2021-02-30\"}")).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> read("{\"name\": \"a\\u0000b\"}")).isInstanceOf(RefusedInputException.class)
                .hasMessageContaining("U+0000").satisfies(e -> assertThat(fieldOf(e)).isEqualTo("name"));
        assertThatThrownBy(() -> read("{\"tags\": [\"ok\", \"\\u001b[31m\"]}")).isInstanceOf(RefusedInputException.class)
                .hasMessageContaining("U+001B");
        assertThatThrownBy(() -> read("{\"name\": \"\\ud800\"}")).isInstanceOf(RefusedInputException.class)
                .hasMessageContaining("lone surrogate");
        assertThat(StrictText.problem("😀 emoji is a pair")).isNull();
    }

    @Test
    void hugeExponentsAndScalesAreRefusedBeforeArithmetic() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> read("{\"amount\": 1e100000000}")).isInstanceOf(RefusedInputException.class)
                .hasMessageContaining("integer digits").satisfies(e -> assertThat(fieldOf(e)).isEqualTo("amount"));
        assertThatThrownBy(() -> read("{\"amount\": 1e-100000000}")).isInstanceOf(RefusedInputException.class)
                .hasMessageContaining("decimals");
        assertThatThrownBy(() -> read("{\"amount\": 1234567890123456}")).isInstanceOf(RefusedInputException.class);
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
        assertThat(StrictJson.bounds(new BigDecimal("999999999999999.9999999999"))).isNull();
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "[".repeat(200) + "]".repeat(200);
        assertThatThrownBy(() -> mapper.readTree(deep)).isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("nesting depth");
    }
}
