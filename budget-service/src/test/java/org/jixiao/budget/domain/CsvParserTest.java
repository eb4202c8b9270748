package org.jixiao.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvParserTest {

    @Test
    void randomRecordsComeBackAsWrittenWhateverTheReadsReturn() {
        Random random = new Random(20261201);
        String alphabet = "ab1,\"\n\r 中.-";
        for (int round = 0; round < 50; round++) {
            List<List<String>> written = new ArrayList<>();
            StringBuilder csv = new StringBuilder();
            for (int r = 0; r < 200; r++) {
                List<String> record = new ArrayList<>();
                int fields = 1 + random.nextInt(5);
                for (int f = 0; f < fields; f++) {
                    StringBuilder value = new StringBuilder();
                    int length = random.nextInt(4) == 0 ? random.nextInt(300) : random.nextInt(8);
                    for (int k = 0; k < length; k++) {
                        value.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    record.add(value.toString());
                }
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    record.set(0, "x"); // a blank line is skipped, not a record
                }
                written.add(record);
                for (int f = 0; f < record.size(); f++) {
                    String value = record.get(f);
                    boolean quote = value.matches("(?s).*[,\"\r\n].*") || value.startsWith("\"") || random.nextBoolean();
                    csv.append(f == 0 ? "" : ",").append(quote ? '"' + value.replace("\"", "\"\"") + '"' : value);
                }
                csv.append(random.nextBoolean() ? "\r\n" : "\n");
            }
            List<List<String>> read = new ArrayList<>();
            CsvParser.parse(new ChoppyReader(csv.toString(), random), read::add);
            assertThat(read).as("round " + round).isEqualTo(written);
        }
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsText() {
        assertThat(CsvParser.parse("ab\"c,\"d\"e\n")).containsExactly(List.of("ab\"c", "de"));
    }

    /** A reader that hands out a few characters at a time, so fields straddle every possible read. */
    private static final class ChoppyReader extends Reader {
        private final StringReader text;
        private final Random random;

        ChoppyReader(String text, Random random) {
            this.text = new StringReader(text);
            this.random = random;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws java.io.IOException {
            return text.read(buffer, offset, Math.min(length, 1 + random.nextInt(40)));
        }

        @Override
        public void close() {
        }
    }
}
