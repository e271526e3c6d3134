package dev.streamcompare.harness.report.diff;

import dev.streamcompare.harness.report.Identity;

/**
 * One figure of one row in both reports: OLD's, NEW's, and the band it may move in as noise.
 *
 * @param identity the row: job and engine
 * @param old      OLD's figure
 * @param now      NEW's figure
 */
public record FigureChange(Identity identity, Figure figure, double old, double now, NoiseBand band) {

    /** NEW against OLD, in % of OLD: −50 for a halved figure; 0 when OLD's is 0 (nothing to scale by). */
    public double percent() {
        return old == 0 ? 0 : (now - old) / old * 100;
    }

    /** Whether it moved beyond its noise band, either way. */
    public boolean moved() {
        return band.exceededBy(percent());
    }

    /** Whether it moved beyond its band and for the worse: slower, more CPU, more memory. */
    public boolean regressed() {
        return moved() && figure.worse(percent());
    }

    /** Which way it moved: {@code slower}, {@code faster}, {@code more memory}, …; null when it did not change. */
    public String direction() {
        return figure.direction(percent());
    }
}
