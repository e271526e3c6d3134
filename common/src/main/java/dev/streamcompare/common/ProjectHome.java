package dev.streamcompare.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Where the project's checkout is: its {@code data/} folder holds the seed text. */
public final class ProjectHome {

    /** Set by {@code compare.sh} and by the build for tests. */
    public static final String PROPERTY = "streamcompare.home";

    private ProjectHome() {}

    /** The checkout: {@code -Dstreamcompare.home}, else the nearest folder up from here with {@code data/get-ulysses.sh}. */
    public static Path locate() {
        String home = System.getProperty(PROPERTY);
        if (home != null && !home.isBlank()) {
            return Paths.get(home).toAbsolutePath().normalize();
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("data/get-ulysses.sh"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the streamcompare checkout: set -D" + PROPERTY);
    }

    /** {@code data/Ulysses.txt}, the seed text, which {@code data/get-ulysses.sh} puts in place. */
    public static Path seedText() {
        Path text = locate().resolve("data/Ulysses.txt");
        if (!Files.isRegularFile(text)) {
            throw new IllegalStateException(text + " is missing: run data/get-ulysses.sh");
        }
        return text;
    }

    /**
     * {@code data/Ulysses.counts.tsv}, committed: every word of the seed text with its count, as
     * {@code data/count-words.py} (Python's {@code str.split()}) makes it. The reference counter's
     * independent oracle: no code of the project made it.
     */
    public static Path seedOracle() {
        return locate().resolve(SEED_ORACLE);
    }

    /** Where {@link #seedOracle()} is, relative to the checkout. */
    public static final String SEED_ORACLE = "data/Ulysses.counts.tsv";
}
