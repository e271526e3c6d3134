package dev.streamcompare.harness.report.render;

import dev.streamcompare.common.StateBackend;
import dev.streamcompare.common.Variant;
import dev.streamcompare.harness.report.Engine;
import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One fixed colour per engine, in every chart of the report (and for the live page: {@link #hex}):
 * the Okabe–Ito palette, which stays apart under the common kinds of colour blindness. An engine's
 * variants are darker shades of its colour, its state backends other than the default lighter tints,
 * so {@code flink}, {@code flink-tuned} and {@code flink-rocksdb} read as one engine's three rows.
 * The baseline is grey (no engine), the peer reddish purple; a label of none of these the vermillion
 * left over.
 */
public final class EngineColours {

    /** Flink: Okabe–Ito blue. */
    public static final String FLINK = "#0072B2";
    /** Spark DStreams: Okabe–Ito orange. */
    public static final String SPARK = "#E69F00";
    /** Spark Structured Streaming: Okabe–Ito bluish green. */
    public static final String SPARK_STRUCTURED = "#009E73";
    /** The plain-Java baseline: neutral grey, no engine. */
    public static final String BASELINE = "#999999";
    /** The peer (Flink's own SocketWindowWordCount): Okabe–Ito reddish purple. */
    public static final String PEER = "#CC79A7";
    /** A label of none of the above: Okabe–Ito vermillion. */
    public static final String OTHER = "#D55E00";

    private static final String BASELINE_LABEL = "plain-java";
    private static final String PEER_LABEL = "peer";

    private EngineColours() {}

    /** The colour of each engine's default row, by its label, baseline and peer included: what the live page needs. */
    public static Map<String, String> palette() {
        Map<String, String> palette = new LinkedHashMap<>();
        palette.put(BASELINE_LABEL, BASELINE);
        palette.put(Engine.FLINK.toString(), FLINK);
        palette.put(Engine.SPARK.toString(), SPARK);
        palette.put(Engine.SPARK_STRUCTURED.toString(), SPARK_STRUCTURED);
        palette.put(PEER_LABEL, PEER);
        return palette;
    }

    /** The colour of an engine label ({@code flink-tuned-rocksdb}, {@code plain-java}, {@code peer}) as {@code #RRGGBB}. */
    public static String hex(String engineLabel) {
        Color colour = of(engineLabel);
        return String.format(Locale.ROOT, "#%02X%02X%02X", colour.getRed(), colour.getGreen(), colour.getBlue());
    }

    /** The colour of an engine label, as {@link #hex} gives it. */
    public static Color of(String engineLabel) {
        String label = engineLabel == null ? "" : engineLabel;
        if (label.equals(BASELINE_LABEL)) {
            return Color.decode(BASELINE);
        }
        if (label.equals(PEER_LABEL) || label.startsWith(PEER_LABEL + " ")) {
            return Color.decode(PEER);
        }
        Engine engine = engine(label);
        if (engine == null) {
            return Color.decode(OTHER);
        }
        String rest = label.substring(engine.toString().length());
        return tint(shade(base(engine), variant(rest)), state(rest));
    }

    /**
     * Where an engine sits in a legend: the baseline first, then Flink's rows, DStreams', Structured
     * Streaming's, then the rest; so that an engine's shades stand side by side.
     */
    static int order(String engineLabel) {
        if (BASELINE_LABEL.equals(engineLabel)) {
            return 0;
        }
        Engine engine = engine(engineLabel == null ? "" : engineLabel);
        return engine == null ? Engine.values().length + 1 : engine.ordinal() + 1;
    }

    /** The engine a label starts with, the longest name first ({@code spark-structured} before {@code spark}), or null. */
    private static Engine engine(String label) {
        for (Engine engine : List.of(Engine.SPARK_STRUCTURED, Engine.SPARK, Engine.FLINK)) {
            String name = engine.toString();
            if (label.equals(name) || label.startsWith(name + "-")) {
                return engine;
            }
        }
        return null;
    }

    private static Color base(Engine engine) {
        return Color.decode(switch (engine) {
            case FLINK -> FLINK;
            case SPARK -> SPARK;
            case SPARK_STRUCTURED -> SPARK_STRUCTURED;
        });
    }

    /** How much darker a variant is than its engine's faithful port: 0 for it, then each variant a step darker. */
    private static double variant(String suffixes) {
        for (Variant variant : Variant.values()) {
            if (variant != Variant.FAITHFUL && (suffixes + "-").contains("-" + variant + "-")) {
                return switch (variant) {
                    case TUNED, TRANSFORM_WITH_STATE -> 0.4;
                    default -> 0.65;
                };
            }
        }
        return 0;
    }

    /** How much lighter a state backend is than the engine's default one: 0 for the default, RocksDB, then ForSt. */
    private static double state(String suffixes) {
        for (StateBackend backend : StateBackend.values()) {
            if (suffixes.endsWith("-" + backend)) {
                return switch (backend) {
                    case ROCKSDB -> 0.4;
                    case FORST -> 0.65;
                    default -> 0;
                };
            }
        }
        return 0;
    }

    /** {@code colour} mixed with black by {@code share}. */
    private static Color shade(Color colour, double share) {
        return mix(colour, Color.BLACK, share);
    }

    /** {@code colour} mixed with white by {@code share}. */
    private static Color tint(Color colour, double share) {
        return mix(colour, Color.WHITE, share);
    }

    private static Color mix(Color colour, Color with, double share) {
        return new Color((int) Math.round(colour.getRed() * (1 - share) + with.getRed() * share),
                (int) Math.round(colour.getGreen() * (1 - share) + with.getGreen() * share),
                (int) Math.round(colour.getBlue() * (1 - share) + with.getBlue() * share));
    }
}
