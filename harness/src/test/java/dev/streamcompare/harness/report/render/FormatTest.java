package dev.streamcompare.harness.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void aRatioHasTwoDecimals() {
        assertThat(Format.ratio(0.2637)).isEqualTo("0.26");
        assertThat(Format.ratio(0.5)).isEqualTo("0.50");
        assertThat(Format.ratio(1.234)).isEqualTo("1.23");
    }

    @Test
    void aRatioJustUnderHalfIsNotPrintedAsHalf() {
        assertThat(Format.ratio(0.4981)).isEqualTo("0.498");
        assertThat(Format.ratio(0.4999)).isEqualTo("0.499");
        assertThat(Format.ratio(0.4949)).isEqualTo("0.49");
    }
}
