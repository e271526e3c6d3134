package dev.streamcompare.harness.run;

/**
 * A child JVM that does nothing for at most five minutes, so that a test that fails leaves
 * nothing behind for long. With {@code hang-on-exit}, its shutdown hook never ends; with
 * {@code stop-on-sigterm}, SIGTERM makes it exit 0, as the jobs do; with {@code exit N}, it exits
 * with N at once. Prints {@code ready} once set up.
 */
public final class Sleeper {

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 1 && args[0].equals("exit")) {
            System.exit(Integer.parseInt(args[1]));
        }
        if (args.length > 0 && args[0].equals("stop-on-sigterm")) {
            dev.streamcompare.common.StopSignals.onStop("Sleeper", () -> System.exit(0));
        }
        if (args.length > 0 && args[0].equals("hang-on-exit")) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    Thread.sleep(300_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(300_000);
    }
}
