package dev.streamcompare.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TokenizerTest {

    /** Every code point Python's str.isspace() accepts (Python 3.11). */
    private static final int[] PYTHON_WHITESPACE = {
        0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x85, 0xA0, 0x1680,
        0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A,
        0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
    };

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("", List.of()),
                Arguments.of("   \t  ", List.of()),
                Arguments.of("the cat", List.of("the", "cat")),
                Arguments.of("  lead and trail  ", List.of("lead", "and", "trail")),
                Arguments.of("Case Stays, punctuation: too!", List.of("Case", "Stays,", "punctuation:", "too!")),
                // Whitespace to Python, not to Character.isWhitespace:
                Arguments.of("a\u0085b", List.of("a", "b")),
                Arguments.of("a\u00A0b", List.of("a", "b")),
                Arguments.of("a\u2007b", List.of("a", "b")),
                Arguments.of("a\u202Fb", List.of("a", "b")),
                // Look-alikes that are not whitespace to Python:
                Arguments.of("a\u200Bb", List.of("a\u200Bb")),
                Arguments.of("a\uFEFFb", List.of("a\uFEFFb")),
                Arguments.of("a\u2060b", List.of("a\u2060b")),
                Arguments.of("\uFEFFbom", List.of("\uFEFFbom")),
                // Non-BMP characters stay whole, also next to whitespace.
                Arguments.of("\uD83D\uDE00 x\uD835\uDC00y\u3000\uD83D\uDE00",
                        List.of("\uD83D\uDE00", "x\uD835\uDC00y", "\uD83D\uDE00")));
    }

    @ParameterizedTest
    @MethodSource("table")
    void splitsAsPythonStrSplit(String line, List<String> expected) {
        assertThat(Tokenizer.split(line)).containsExactlyElementsOf(expected);
    }

    @Test
    void whitespaceIsExactlyPythonsIsspaceOverTheBasicPlane() {
        List<Integer> found = new ArrayList<>();
        for (int c = 0; c <= 0xFFFF; c++) {
            if (Tokenizer.isWhitespace((char) c)) {
                found.add(c);
            }
        }
        assertThat(found).containsExactly(java.util.Arrays.stream(PYTHON_WHITESPACE).boxed().toArray(Integer[]::new));
    }

    @Test
    void disagreesWithJavaWhereJavaDisagreesWithPython() {
        for (char c : new char[] {0x85, 0xA0, 0x2007, 0x202F}) {
            assertThat(Character.isWhitespace(c)).as("Java on U+%04X", (int) c).isFalse();
            assertThat(Tokenizer.isWhitespace(c)).as("Tokenizer on U+%04X", (int) c).isTrue();
        }
    }

    @Test
    void matchesEveryCaseOfThePythonOracle() throws IOException {
        ObjectMapper json = new ObjectMapper();
        int cases = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/python-split-cases.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                JsonNode node = json.readTree(line);
                List<String> expected = new ArrayList<>();
                node.get("tokens").forEach(t -> expected.add(t.asText()));
                String input = node.get("line").asText();
                assertThat(Tokenizer.split(input)).as("split of %s", line).containsExactlyElementsOf(expected);
                cases++;
            }
        }
        assertThat(cases).isGreaterThanOrEqualTo(275);
    }
}
