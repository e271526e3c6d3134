package dev.streamcompare.common;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Checks of input paths, done before an engine starts so that a typo costs no start-up. */
public final class InputFiles {

    private InputFiles() {}

    /**
     * Fails with a {@link BadInputException} when {@code location} is a local path (no scheme,
     * or {@code file:}) that is not a readable regular file. Other schemes ({@code hdfs:},
     * {@code s3:}) are left to the engine.
     */
    public static void requireReadableFile(String location) {
        Path path = localPath(location);
        if (path == null) {
            return;
        }
        if (!Files.exists(path)) {
            throw new BadInputException("input file not found: " + location);
        }
        if (!Files.isRegularFile(path)) {
            throw new BadInputException("input is not a regular file: " + location);
        }
        if (!Files.isReadable(path)) {
            throw new BadInputException("input file not readable: " + location);
        }
    }

    /** The local path of {@code location}, or null when it names another file system. */
    static Path localPath(String location) {
        int colon = location.indexOf(':');
        // "C:" style drive letters and plain paths have no scheme of two letters or more.
        if (colon < 2 || location.indexOf('/') < colon) {
            return Paths.get(location);
        }
        String scheme = location.substring(0, colon);
        return scheme.equals("file") ? Paths.get(URI.create(location)) : null;
    }
}
