package dev.streamcompare.harness.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.harness.output.Sentinels;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultInputTest {

    private static final List<String> TEXT = List.of("a b", "b c", "a b", "b c", "a b");

    @Test
    void eachPieceEndsInALineOfItsOwnSentinel() {
        FaultInput input = FaultInput.of("test", TEXT, 2);

        assertThat(input.lines()).containsExactly("a b", "b c", Sentinels.word("test", 1), "a b", "b c", "a b",
                Sentinels.word("test", 2));
        assertThat(input.piece(0)).containsExactly("a b", "b c", Sentinels.word("test", 1));
        assertThat(input.piece(1)).containsExactly("a b", "b c", "a b", Sentinels.word("test", 2));
        assertThat(input.sentinelLine(1)).isEqualTo(6);
    }

    @Test
    void theSentinelsAreCountedInTheExpectedTotals() {
        assertThat(FaultInput.of("test", TEXT, 2).expected()).isEqualTo(Map.of("a", 3L, "b", 5L, "c", 2L,
                Sentinels.word("test", 1), 1L, Sentinels.word("test", 2), 1L));
    }

    @Test
    void aPieceHasArrivedOnlyWithItsSentinel() {
        FaultInput input = FaultInput.of("test", TEXT, 2);

        assertThat(input.piecesToCome(0)).isEqualTo(2);
        assertThat(input.piecesToCome(2)).as("its lines, not its sentinel").isEqualTo(2);
        assertThat(input.piecesToCome(3)).isEqualTo(1);
        assertThat(input.piecesToCome(7)).isZero();
    }

    @Test
    void aPieceWhoseSentinelIsNotCountedIsMissing() {
        FaultInput input = FaultInput.of("test", TEXT, 3);

        assertThat(input.missing(Map.of(Sentinels.word("test", 2), 1L, "a", 3L))).containsExactly(0, 2);
    }

    @Test
    void wordsInAStretchOfLinesAreCountedAsTheReferenceDoes() {
        FaultInput input = FaultInput.of("test", TEXT, 2);

        assertThat(input.wordsIn(0, 3)).isEqualTo(5);
        assertThat(input.wordsIn(-4, 100)).isEqualTo(12);
    }
}
