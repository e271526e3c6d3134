package dev.streamcompare.harness.report.render;

import java.util.List;

/** One of the report's tables: headings, and rows of cells as text, built once and rendered as Markdown or HTML. */
record Table(List<String> headings, List<List<String>> rows) {}
