package dev.streamcompare.harness.live;

import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Subject;

/** The live page's colour of each engine (placeholder until the report's palette is shared). */
final class EngineColours {

    private EngineColours() {}

    static String of(Identity identity) {
        if (identity == null) {
            return "#777777";
        }
        if (identity.subject() instanceof Subject.EngineJob job) {
            return switch (job.engine()) {
                case FLINK -> "#0072B2";
                case SPARK -> "#E69F00";
                case SPARK_STRUCTURED -> "#009E73";
            };
        }
        return "#555555";
    }
}
