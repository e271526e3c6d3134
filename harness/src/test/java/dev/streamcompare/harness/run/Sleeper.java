package dev.streamcompare.harness.run;

/**
 * A child JVM that does nothing for at most five minutes, so that a test that fails leaves
 * nothing behind for long. With {@code hang-on-exit}, its shutdown hook never ends. Prints
 * {@code ready} once set up.
 */
public final class Sleeper {

    public static void main(String[] args) throws InterruptedException {
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
