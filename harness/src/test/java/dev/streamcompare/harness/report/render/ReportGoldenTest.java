package dev.streamcompare.harness.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.harness.report.Report;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The renderers against golden files: report.json fixtures in the layout reports have had since
 * before the harness was split into layers, with the report.md, report.html, summary.csv and
 * latency.csv the harness renders from them (rendered again when the report became one model of
 * sections). A change to what a report says, or to report.json's layout, fails here. The charts are
 * compared by their size only: their pixels depend on the machine's fonts.
 */
class ReportGoldenTest {

    private static final Pattern PNG = Pattern.compile("data:image/png;base64,([A-Za-z0-9+/=]+)");

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"full", "minimal"})
    void reportMdHtmlAndCsvComeOutAsBeforeFromTheSameJson(String fixture) throws IOException {
        Files.writeString(folder.resolve(Report.FILE), golden(fixture, "report.json"), StandardCharsets.UTF_8);

        ReportWriter.write(Report.read(folder), folder);

        assertThat(Files.readString(folder.resolve("report.md"))).isEqualTo(golden(fixture, "report.md"));
        assertThat(withChartSizes(Files.readString(folder.resolve("report.html"))))
                .isEqualTo(withChartSizes(golden(fixture, "report.html")));
        assertThat(Files.readString(folder.resolve("summary.csv"))).isEqualTo(golden(fixture, "summary.csv"));
        assertThat(Files.readString(folder.resolve("latency.csv"))).isEqualTo(golden(fixture, "latency.csv"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"full", "minimal"})
    void reportJsonKeepsItsLayoutThroughAReadAndAWrite(String fixture) throws IOException {
        Path source = Files.createDirectories(folder.resolve("source"));
        Files.writeString(source.resolve(Report.FILE), golden(fixture, "report.json"), StandardCharsets.UTF_8);

        Report.read(source).write(folder);

        assertThat(Files.readString(folder.resolve(Report.FILE))).isEqualTo(golden(fixture, "report.json"));
    }

    private static String golden(String fixture, String file) throws IOException {
        try (InputStream in = ReportGoldenTest.class.getResourceAsStream("/golden/" + fixture + "/" + file)) {
            assertThat(in).as("golden file " + fixture + "/" + file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The page with each embedded PNG replaced by its width and height. */
    private static String withChartSizes(String html) {
        Matcher png = PNG.matcher(html);
        StringBuilder out = new StringBuilder();
        while (png.find()) {
            png.appendReplacement(out, "png:" + size(png.group(1)));
        }
        return png.appendTail(out).toString();
    }

    private static String size(String base64) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
            return image.getWidth() + "x" + image.getHeight();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
