package dev.streamcompare.harness.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.w3c.dom.Document;

/** A chart as a PNG and an SVG for the docs. */
class ChartFilesTest {

    @TempDir
    Path folder;

    @Test
    void theSvgIsWellFormedXmlTitledAsTheChart() throws Exception {
        CategoryChart chart = SampleRows.throughputChart();

        Document svg = parse(ChartFiles.svg(chart));

        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getAttribute("width")).isEqualTo("900px");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(chart.getTitle())
                .contains("docs/performance.md");
    }

    @Test
    void theSvgIsTheSameEachTimeTheSameChartIsWritten() throws IOException {
        assertThat(ChartFiles.svg(SampleRows.throughputChart())).isEqualTo(ChartFiles.svg(SampleRows.throughputChart()));
    }

    @Test
    void aChartIsWrittenAsAPngAndAnSvgBesideIt() throws Exception {
        ChartFiles.write(SampleRows.throughputChart(), folder, "sample-throughput");

        BufferedImage png = ImageIO.read(folder.resolve("sample-throughput.png").toFile());
        assertThat(png.getWidth()).isEqualTo(ChartStyle.WIDTH);
        assertThat(parse(java.nio.file.Files.readString(folder.resolve("sample-throughput.svg"))).getDocumentElement().getTagName())
                .isEqualTo("svg");
    }

    /** Parsed strictly: namespaces on, and no DOCTYPE allowed (nothing fetched from the network). */
    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
