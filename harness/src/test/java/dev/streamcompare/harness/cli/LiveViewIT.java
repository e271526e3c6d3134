package dev.streamcompare.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The live view in a real browser: Debian's chromium, driven through Debian's chromedriver (nothing
 * downloaded), watching a short comparison of the file job on the three engines (each publishes a batch per
 * input file, several in all; Structured Streaming's socket job may publish everything in one). Skipped, with the
 * reason, where chromium is not installed; never under CI=true, where .ci/run installs it.
 */
class LiveViewIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Pattern URL = Pattern.compile("Live view: (http://127\\.0\\.0\\.1:\\d+/)");
    private static final List<String> ENGINES = List.of("flink", "spark", "spark-structured");

    /** Relative, so that the command on the page (and in docs/live-view.png, taken from this test) names no machine's path. */
    private static final Path REPORTS = Path.of("target", "live-view-reports");

    @Test
    void thePageShowsEachEnginesSeriesGrowingThenEveryVerdictAndTheReport() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(installed, "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        }
        assertThat(installed).as("under CI=true, .ci/run installs chromium and chromium-driver").isTrue();

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ExecutorService runner = Executors.newSingleThreadExecutor();
        Future<Integer> comparison = runner.submit(() -> CompareCli.commandLine()
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute("--quick", "--jobs", "file", "--no-baseline", "--live-port", "0", "--out", REPORTS.toString()));
        ChromeDriver browser = null;
        try {
            String url = await().atMost(Duration.ofSeconds(60)).alias("the live view's address on the console")
                    .until(() -> liveUrl(out.toString()) != null || comparison.isDone(), done -> done) ? liveUrl(out.toString()) : null;
            assertThat(url).as("the live view's address; the console: %s; errors: %s", out, err).isNotNull();
            browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(),
                    new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new", "--no-sandbox",
                            "--disable-dev-shm-usage", "--window-size=1200,2200"));
            browser.get(url);
            // Each engine's batch count as the page showed it, read every 250 ms until the comparison ends.
            Map<String, Set<Integer>> shown = new HashMap<>();
            ChromeDriver page = browser;
            await().atMost(Duration.ofSeconds(600)).pollInterval(Duration.ofMillis(250)).alias("the comparison's end").until(() -> {
                ENGINES.forEach(engine -> shown.computeIfAbsent(engine, e -> new TreeSet<>()).add(batches(page, engine)));
                return comparison.isDone();
            });
            assertThat(comparison.get()).as(out.toString()).isZero();
            await().atMost(Duration.ofSeconds(30)).until(() -> !page.findElements(By.id("report-link")).isEmpty());

            for (String engine : ENGINES) {
                // Its series grew while the page watched: at least two counts of batches shown, not one jump at the end.
                assertThat(shown.get(engine)).as(engine + ": the batch counts the page showed").filteredOn(n -> n > 0).hasSizeGreaterThan(1);
                assertThat(cell(browser, engine, "points")).as(engine + "'s latency points").isPositive();
            }
            List<WebElement> verdicts = browser.findElements(By.cssSelector("#verdicts tr.verdict"));
            assertThat(verdicts).hasSize(ENGINES.size());
            assertThat(verdicts).allSatisfy(row -> assertThat(row.getText()).contains("correct"));
            assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("finished");
        } finally {
            if (browser != null) {
                Files.write(Path.of("target", "live-view.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
                Files.writeString(Path.of("target", "live-view.txt"), browser.findElement(By.tagName("body")).getText() + "\n---\n" + out);
                browser.quit();
            }
            runner.shutdownNow(); // a failed test does not leave its comparison running under the next
            runner.awaitTermination(60, TimeUnit.SECONDS);
        }
    }

    private static String liveUrl(String console) {
        Matcher m = URL.matcher(console);
        return m.find() ? m.group(1) : null;
    }

    private static int batches(ChromeDriver browser, String engine) {
        return cell(browser, engine, "batches");
    }

    /**
     * A number in the engine's row of the page's table, or 0 before the row is there; read in one
     * script, as the page redraws the table with each message.
     */
    private static int cell(ChromeDriver browser, String engine, String column) {
        Object text = browser.executeScript("const c = document.querySelector(arguments[0]); return c ? c.textContent : '0';",
                "#engines tr[data-engine='" + engine + "'] td." + column);
        return Integer.parseInt(String.valueOf(text).trim());
    }
}
