package dev.streamcompare.harness.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * A Java agent that ends its JVM when the process that started it is gone, however it went
 * (SIGKILL, an OOM kill, a crash: no shutdown hook of the harness runs then).
 *
 * <p>Every child the harness starts has its stdin on a pipe (ProcessBuilder's default) whose write
 * end only the harness holds and never closes; Java's process spawning closes every other
 * descriptor in a child, so no sibling holds it either. When the harness dies the kernel closes
 * that end, and the child's stdin reads end of file. {@link #premain} starts one daemon thread
 * that reads stdin until then, prints one line to stderr and calls {@code System.exit(143)}, so
 * the engines' shutdown hooks run; should they not have finished within {@link #HALT_AFTER_SECONDS}
 * (or the agent's argument, in seconds), the JVM is halted with 137.
 *
 * <p>The agent jar holds this class alone and a manifest: the harness writes it once per harness
 * JVM into a temp folder ({@link #jar()}), so that no job's classpath gains the harness's own
 * dependencies. Nothing here may use anything but the JDK, nor nested classes (only this class
 * file is copied).
 */
public final class ParentWatch implements Runnable {

    /** How long the shutdown hooks may take once the parent is gone. */
    static final int HALT_AFTER_SECONDS = 30;

    static final String MESSAGE = "streamcompare: the harness that started this JVM is gone: stopping";

    private static Path jar;

    private final int haltAfterSeconds;
    private final boolean halt;

    // A Runnable rather than lambdas: no invokedynamic bootstrap before the JVM's main.
    private ParentWatch(int haltAfterSeconds, boolean halt) {
        this.haltAfterSeconds = haltAfterSeconds;
        this.halt = halt;
    }

    /** Agent entry point: {@code -javaagent:JAR[=SECONDS]}, SECONDS the bound of the shutdown hooks. */
    public static void premain(String args) {
        int haltAfter = args == null || args.isBlank() ? HALT_AFTER_SECONDS : Integer.parseInt(args.trim());
        daemon(new ParentWatch(haltAfter, false), "streamcompare-parent-watch");
    }

    @Override
    public void run() {
        if (halt) {
            try {
                Thread.sleep(haltAfterSeconds * 1000L);
            } catch (InterruptedException e) {
                // halting anyway
            }
            Runtime.getRuntime().halt(137);
        }
        try {
            byte[] ignored = new byte[256];
            while (System.in.read(ignored) >= 0) {
                // Nobody writes to a child's stdin; whatever comes is dropped.
            }
        } catch (IOException e) {
            System.err.println("streamcompare: cannot watch the harness through stdin (" + e + "): not stopping with it");
            return;
        }
        daemon(new ParentWatch(haltAfterSeconds, true), "streamcompare-parent-watch-halt");
        // The harness reads stderr no more: the line is for whoever runs the JVM by other means.
        System.err.println(MESSAGE);
        System.exit(143);
    }

    private static void daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** {@code command} with this agent's option after the java executable; other commands unchanged. */
    static List<String> watched(List<String> command) throws IOException {
        if (command.isEmpty() || !Path.of(command.get(0)).getFileName().toString().matches("java(\\.exe)?")) {
            return command;
        }
        List<String> watched = new ArrayList<>(command);
        watched.add(1, "-javaagent:" + jar());
        return watched;
    }

    /** The agent jar, written at the first call of this JVM into a temp folder deleted on exit. */
    static synchronized Path jar() throws IOException {
        if (jar == null) {
            jar = writeJar();
        }
        return jar;
    }

    private static Path writeJar() throws IOException {
        Path folder = Files.createTempDirectory("streamcompare-agent-");
        folder.toFile().deleteOnExit();
        Path file = folder.resolve("parent-watch.jar");
        if (file.toString().contains("=")) {
            // -javaagent:PATH=ARGS: a path with '=' would be cut there.
            throw new IOException("the temp folder " + folder + " has '=' in its path: no agent path can hold it");
        }
        // Registered after the folder: deleted before it.
        file.toFile().deleteOnExit();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(new Attributes.Name("Premain-Class"), ParentWatch.class.getName());
        String entry = ParentWatch.class.getName().replace('.', '/') + ".class";
        try (InputStream in = ParentWatch.class.getClassLoader().getResourceAsStream(entry)) {
            if (in == null) {
                throw new IOException(entry + " not found on the harness's classpath");
            }
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(file), manifest)) {
                out.putNextEntry(new JarEntry(entry));
                in.transferTo(out);
                out.closeEntry();
            }
        }
        return file;
    }
}
