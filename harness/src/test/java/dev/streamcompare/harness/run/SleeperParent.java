package dev.streamcompare.harness.run;

import dev.streamcompare.harness.report.BuildInfo;
import dev.streamcompare.harness.report.Engine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for the harness: starts {@code COUNT} {@link Sleeper} JVMs from a command built by
 * {@link ChildJvm#command}, through {@link ChildJvm#start} ({@code watched}) or through a bare
 * ProcessBuilder, so without the agent ({@code unwatched}); prints {@code child PID} for each, then
 * {@code ready}, and waits at most five minutes to be killed.
 */
public final class SleeperParent {

    public static void main(String[] args) throws Exception {
        boolean watched = args[0].equals("watched");
        int count = Integer.parseInt(args[1]);
        Path classes = Path.of(Sleeper.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> command = ChildJvm.command(Engine.FLINK, BuildInfo.load(), new JobJars(classes, ""),
                Sleeper.class.getName(), List.of(), false);
        List<Object> children = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long pid;
            if (watched) {
                ChildJvm child = ChildJvm.start(command, Map.of(), Path.of("").toAbsolutePath(), line -> {}, line -> {});
                children.add(child);
                pid = child.handle().pid();
            } else {
                Process child = new ProcessBuilder(command).start();
                children.add(child);
                pid = child.pid();
            }
            System.out.println("child " + pid);
        }
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(300_000);
    }
}
