package dev.streamcompare.harness.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.harness.report.Engine;
import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One fixed, colour-blind-safe colour per engine, its variants and state backends in shades of it. */
class EngineColoursTest {

    @Test
    void eachEngineIsItsOkabeItoColour() {
        assertThat(EngineColours.hex("flink")).isEqualTo("#0072B2");
        assertThat(EngineColours.hex("spark")).isEqualTo("#E69F00");
        assertThat(EngineColours.hex("spark-structured")).isEqualTo("#009E73");
        assertThat(EngineColours.hex("plain-java")).isEqualTo(EngineColours.BASELINE);
        assertThat(EngineColours.hex("peer")).isEqualTo(EngineColours.PEER);
        assertThat(EngineColours.hex("something else")).isEqualTo(EngineColours.OTHER);
    }

    @Test
    void thePaletteNamesEveryEngineTheBaselineAndThePeer() {
        assertThat(EngineColours.palette().keySet()).containsAll(Arrays.stream(Engine.values()).map(Engine::toString).toList())
                .contains("plain-java", "peer");
        EngineColours.palette().forEach((label, hex) -> assertThat(EngineColours.hex(label)).isEqualTo(hex));
    }

    @Test
    void anEnginesVariantsAndBackendsAreShadesOfItsColourEachItsOwn() {
        List<String> flink = List.of("flink", "flink-tuned", "flink-per-record", "flink-rocksdb", "flink-forst", "flink-tuned-rocksdb",
                "flink-tuned-forst", "flink-per-record-rocksdb");

        assertThat(flink.stream().map(EngineColours::hex)).doesNotHaveDuplicates();
        float blue = hue(EngineColours.of("flink"));
        flink.forEach(label -> assertThat(hue(EngineColours.of(label))).as(label).isCloseTo(blue, org.assertj.core.data.Offset.offset(0.02f)));
        assertThat(EngineColours.of("spark-structured-transform-with-state")).isNotEqualTo(EngineColours.of("spark-structured"));
        assertThat(EngineColours.of("spark-structured-rocksdb")).isNotEqualTo(EngineColours.of("spark-structured"));
    }

    @Test
    void theDefaultBackendNamedIsTheEnginesOwnColour() {
        assertThat(EngineColours.of("flink-hashmap")).isEqualTo(EngineColours.of("flink"));
        assertThat(EngineColours.of("spark-structured-hdfs")).isEqualTo(EngineColours.of("spark-structured"));
        assertThat(EngineColours.of("spark-rdd")).isEqualTo(EngineColours.of("spark"));
    }

    @Test
    void sparkStructuredIsNotTakenForSpark() {
        assertThat(EngineColours.of("spark-structured-rocksdb")).isNotEqualTo(EngineColours.of("spark-rocksdb"));
        assertThat(EngineColours.order("spark-structured")).isGreaterThan(EngineColours.order("spark-tuned"));
        assertThat(EngineColours.order("plain-java")).isLessThan(EngineColours.order("flink"));
    }

    private static float hue(Color colour) {
        return Color.RGBtoHSB(colour.getRed(), colour.getGreen(), colour.getBlue(), null)[0];
    }
}
