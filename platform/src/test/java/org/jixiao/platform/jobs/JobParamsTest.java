package org.jixiao.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class JobParamsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JobParams year(String body) throws Exception {
        return JobParams.read((ObjectNode) JSON.readTree(body)).requiredInt("year", 2000, 2100).done();
    }

    @Test
    void theSameParametersHaveOneKeyHoweverTheyAreSpelt() throws Exception {
        assertThat(year("{\"type\": \"SCORE_YEAR\", \"year\": 2021}").key())
                .isEqualTo(year("{\"year\":2021,\"type\":\"SCORE_YEAR\"}").key())
                .isEqualTo("{\"year\":2021}");
        assertThat(year("{\"type\": \"X\", \"year\": 2021}").intValue("year")).isEqualTo(2021);
    }

    @Test
    void keysAreSortedByName() {
        JobParams params = new JobParams(new java.util.TreeMap<>(java.util.Map.of("year", 2021, "department", "GZ-XFJ")));
        assertThat(params.key()).isEqualTo("{\"department\":\"GZ-XFJ\",\"year\":2021}");
    }

    @Test
    void aMissingYearIsNamed() {
        assertThatThrownBy(() -> year("{\"type\": \"SCORE_YEAR\"}")).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.errors()).extracting(FieldError::field).containsExactly("year");
        });
    }

    @Test
    void aYearAsTextAFractionOrOutOfRangeIsRefusedNotGuessed() {
        for (String year : new String[] {"\"2021\"", "2021.5", "1999", "2101", "99999999999", "null", "true"}) {
            assertThatThrownBy(() -> year("{\"year\": " + year + "}")).as(year)
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                            .containsExactly("year"));
        }
    }

    @Test
    void anUnknownMemberIsNamed() {
        assertThatThrownBy(() -> year("{\"year\": 2021, \"department\": \"GZ-XFJ\"}"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("department"));
    }
}
