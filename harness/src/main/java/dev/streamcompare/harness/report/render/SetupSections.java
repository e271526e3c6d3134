package dev.streamcompare.harness.report.render;

import static dev.streamcompare.harness.report.render.Format.NONE;

import dev.streamcompare.harness.report.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Where the figures come from, as tables: the machine, the versions, the input, and each engine's settings. */
final class SetupSections {

    private SetupSections() {}

    /** The sections of {@code setup} it has, in order; none for none (reports made in tests). */
    static List<Section> of(Report.Setup setup) {
        if (setup == null) {
            return List.of();
        }
        List<Section> sections = new ArrayList<>();
        if (setup.machine() != null) {
            sections.add(Section.titled("Machine").table(machine(setup.machine())).build());
        }
        Table run = run(setup);
        if (!run.rows().isEmpty()) {
            sections.add(Section.titled("This comparison").text("What a comparison of two reports (./compare.sh diff) checks "
                    + "first: the checkout, the load beside the runs, and the JVM flags.").table(run).build());
        }
        if (setup.versions() != null && !setup.versions().isEmpty()) {
            sections.add(Section.titled("Versions").table(new Table(List.copyOf(setup.versions().keySet()),
                    List.of(setup.versions().values().stream().map(SetupSections::text).toList()))).build());
        }
        if (setup.input() != null) {
            sections.add(Section.titled("Input").table(input(setup.input())).build());
        }
        if (setup.settings() != null && !setup.settings().isEmpty()) {
            sections.add(Section.titled("Engine settings").text("Each engine's settings as its jobs ran them.")
                    .table(settings(setup.settings())).build());
        }
        return sections;
    }

    /** The machine: a row. */
    static Table machine(Report.Machine m) {
        return new Table(List.of("CPU", "cores", "memory, GiB", "OS", "Java", "CPUs of the runs"),
                List.of(List.of(text(m.cpuModel()), String.valueOf(m.cores()),
                        String.format(Locale.ROOT, "%.1f", m.memoryBytes() / (1024.0 * 1024 * 1024)), text(m.os()), text(m.java()),
                        text(m.pinning() != null ? m.pinning() : m.pinnedCpus()))));
    }

    /** The checkout, the load and the JVM flags, a row each that the report has (none in reports before version 2). */
    static Table run(Report.Setup setup) {
        List<List<String>> rows = new ArrayList<>();
        if (setup.gitCommit() != null) {
            rows.add(List.of("git commit", setup.gitCommit()));
        }
        Report.Load load = setup.loadAverage();
        if (load != null) {
            rows.add(List.of("load average (1 min): start, end, highest", String.join(", ", decimal(load.atStart()),
                    decimal(load.atEnd()), decimal(load.max()))));
        }
        Report.JvmFlags flags = setup.jvmFlags();
        if (flags != null) {
            rows.add(List.of("JVM flags: the harness", flags.harness() == null ? NONE : String.join(" ", flags.harness())));
            if (flags.jobs() != null) {
                flags.jobs().forEach((engine, jvm) -> rows.add(List.of("JVM flags: " + engine + "'s jobs", String.join(" ", jvm))));
            }
        }
        return new Table(List.of("what", "value"), rows);
    }

    private static String decimal(Double value) {
        return value == null ? NONE : String.format(Locale.ROOT, "%.2f", value);
    }

    /** The input: what it is and the fixed-rate phase's, a row each. */
    static Table input(Report.Input input) {
        Report.Input.Text in = input.text();
        Report.Input.FixedRate fixed = input.fixedRate();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("text", in.seed() + " × " + in.repeat()));
        rows.add(List.of("bytes", Format.count(in.bytes())));
        rows.add(List.of("lines", Format.count(in.lines())));
        rows.add(List.of("words", Format.count(in.words())));
        rows.add(List.of("distinct words", Format.count(in.distinct())));
        rows.add(List.of("sha256", text(in.sha256())));
        if (in.pieces() != null) {
            rows.add(List.of("pieces", Format.count(in.pieces()) + " (a file each for the file jobs), each with a sentinel "
                    + "word of its own, counted in the words above"));
        }
        if (input.warmUp() != null && input.warmUp() > 0) {
            rows.add(List.of("warm-up before each max-rate phase (not timed)", in.seed() + " × " + input.warmUp()));
        }
        rows.add(List.of("fixed-rate phase", String.format(Locale.ROOT, "%,d lines/s for %d s, a marker every %d ms",
                fixed.linesPerSecond(), fixed.seconds(), fixed.markerEveryMillis())));
        if (input.expectedCounts() != null) {
            rows.add(List.of("expected counts", input.expectedCounts().line()));
        }
        return new Table(List.of("input", "value"), rows);
    }

    /** Each engine's settings: a row per engine and setting, in the order the report holds them. */
    static Table settings(Map<String, Map<String, Object>> settings) {
        List<List<String>> rows = new ArrayList<>();
        settings.forEach((engine, values) -> values.forEach((name, value) -> rows.add(List.of(engine, name, text(value)))));
        return new Table(List.of("engine", "setting", "value"), rows);
    }

    private static String text(Object value) {
        return value == null ? NONE : String.valueOf(value);
    }
}
