package dev.streamcompare.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamcompare.common.BatchOptions;
import dev.streamcompare.common.FileStreamOptions;
import dev.streamcompare.common.JobOptions;
import dev.streamcompare.common.KafkaOptions;
import dev.streamcompare.common.ProjectHome;
import dev.streamcompare.common.SocketOptions;
import dev.streamcompare.common.StatefulFileOptions;
import dev.streamcompare.common.StatefulKafkaOptions;
import dev.streamcompare.common.StatefulSocketOptions;
import dev.streamcompare.harness.report.Job;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Every {@code ./compare.sh} command written in README.md parses with the real command line (and,
 * after {@code run} or {@code submit <engine> <job>}, with the job's own options), so that a README
 * command with an option that does not exist fails the build; and each is either run for real by a
 * test or listed here with why it is only parsed. The commands of docs/methodology.md, every form of
 * ./compare.sh, are parsed too.
 */
class ReadmeCommandsTest {

    /** README commands that a test runs for real → that test class (its source names the command's options). */
    private static final Map<String, String> RUN_BY = Map.of(
            "./compare.sh --quick", "CompareIT",
            "./compare.sh --faults --quick", "FaultsIT",
            "./compare.sh report reports/latest", "CompareIT",
            "./compare.sh run flink batch --input data/Ulysses.txt --top 5", "RunCommandIT",
            "./compare.sh run spark batch --input data/Ulysses.txt --top 5", "RunCommandIT",
            "./compare.sh reference --input data/Ulysses.txt --top 5", "CompareCliTest",
            "./compare.sh serve --port 9999 --input data/Ulysses.txt", "CompareCliTest",
            "./compare.sh diff reports/20261203T050000Z reports/latest", "DiffCommandTest");

    /** README commands only parsed here → why no test runs them as written. */
    private static final Map<String, String> PARSED_ONLY = Map.of(
            "./compare.sh", "the full comparison, about 25 minutes; CompareIT runs its runs at --quick size",
            "./compare.sh --help", "prints the options; CompareCliTest checks each command's --help",
            "./compare.sh --runs 3", "three full comparisons in one, over an hour",
            "./compare.sh --frontier --quick", "7 minutes; FrontierIT runs a smaller frontier (Flink's stateful job at 200 ms)",
            "./compare.sh --soak 60 --rate 2000", "12 runs of an hour each: 12 hours",
            "./compare.sh --jobs file,socket,stateful --variant both --runs 3", "53-57 minutes; the README's table",
            "./compare.sh --variant both --runs 3 --repeat 80", "33 minutes; the README's chart",
            "./compare.sh run flink socket --port 9999 --output out/flink-socket",
            "waits for a server in another terminal; StreamingJobsIT runs each engine's socket job from its jar");

    /** A command in a fenced block: a line that starts with it; a comment after it is not part of it. */
    private static final Pattern IN_BLOCK = Pattern.compile("^\\s*(\\./compare\\.sh(?:\\s.*?)?)(?:\\s+#.*)?$");
    /** A command in running text: a code span that starts with it. */
    private static final Pattern INLINE = Pattern.compile("`(\\./compare\\.sh(?: [^`]*)?)`");

    @Test
    void everyReadmeCommandParsesWithTheRealCommandLine() {
        assertEveryCommandParses("README.md");
    }

    /** docs/methodology.md lists every form of ./compare.sh, with what each costs: only parsed. */
    @Test
    void everyCommandOfTheMethodologyPageParses() {
        assertEveryCommandParses("docs/methodology.md");
    }

    private static void assertEveryCommandParses(String page) {
        List<String> commands = commands(read(page));
        assertThat(commands).as("./compare.sh commands in %s", page).isNotEmpty();
        List<String> failures = new ArrayList<>();
        for (String command : commands) {
            try {
                parse(command);
            } catch (RuntimeException e) {
                failures.add("`" + command + "`: " + e.getMessage());
            }
        }
        assertThat(failures).as("%s commands that ./compare.sh refuses", page).isEmpty();
    }

    @Test
    void everyReadmeCommandIsRunByATestOrSaysWhyNot() {
        for (String command : readmeCommands()) {
            assertThat(RUN_BY.containsKey(command) || PARSED_ONLY.containsKey(command))
                    .as("README.md's `%s`: list it in ReadmeCommandsTest, in RUN_BY with the test that runs it or in "
                            + "PARSED_ONLY with why it is only parsed", command)
                    .isTrue();
        }
        Set<String> listed = new LinkedHashSet<>(RUN_BY.keySet());
        listed.addAll(PARSED_ONLY.keySet());
        assertThat(readmeCommands()).as("commands listed here that README.md no longer has").containsAll(listed);
    }

    @Test
    void theTestNamedForACommandRunsItsOptions() {
        RUN_BY.forEach((command, test) -> {
            String source = testSource(test);
            for (String token : checkedTokens(command)) {
                assertThat(source).as("%s, named for `%s`, should run %s", test, command, token).contains("\"" + token + "\"");
            }
        });
    }

    @Test
    void anOptionThatDoesNotExistFails() {
        assertThatThrownBy(() -> parse("./compare.sh --quikc")).isInstanceOf(CommandLine.ParameterException.class);
        assertThatThrownBy(() -> parse("./compare.sh --faults --jobs sockett")).isInstanceOf(CommandLine.ParameterException.class);
        assertThatThrownBy(() -> parse("./compare.sh run flink socket --port 9999 --ouptut out"))
                .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("--ouptut");
        assertThatThrownBy(() -> parse("./compare.sh --variant fast")).hasMessageContaining("--variant");
        parse("./compare.sh run flink socket --port 9999");
    }

    @Test
    void commandsAreFoundInBlocksAndInRunningTextWithoutTheirComments() {
        String text = String.join("\n",
                "Run `./compare.sh --quick` first, or `./compare.sh`; not `./mvnw -B verify`.",
                "```bash",
                "./compare.sh --runs 3   # three runs",
                "  ./compare.sh serve --port 9999 &",
                "./mvnw -B verify",
                "```");
        assertThat(commands(text)).containsExactly("./compare.sh --quick", "./compare.sh", "./compare.sh --runs 3",
                "./compare.sh serve --port 9999");
    }

    /** Parses {@code command} as compare.sh does, and checks the settings a comparison would run with. */
    private static void parse(String command) {
        String[] args = Arrays.stream(command.split("\\s+")).skip(1).toArray(String[]::new);
        CompareCli cli = new CompareCli();
        ParseResult result = CompareCli.commandLine(cli).parseArgs(args);
        if (result.isUsageHelpRequested()) {
            return;
        }
        if (!result.hasSubcommand()) {
            cli.settings();
            return;
        }
        Object subcommand = result.subcommand().commandSpec().userObject();
        JobTarget target = subcommand instanceof RunCommand run ? run.target
                : subcommand instanceof SubmitCommand submit ? submit.target : null;
        if (target != null) {
            new CommandLine(options(target.job)).parseArgs(target.jobOptions.toArray(String[]::new));
        }
    }

    /** The options type each engine's main class of {@code job} parses. */
    private static JobOptions options(Job job) {
        return switch (job) {
            case BATCH -> new BatchOptions();
            case FILE -> new FileStreamOptions();
            case SOCKET -> new SocketOptions();
            case STATEFUL -> new StatefulSocketOptions();
            case STATEFUL_FILE -> new StatefulFileOptions();
            case KAFKA -> new KafkaOptions();
            case STATEFUL_KAFKA -> new StatefulKafkaOptions();
        };
    }

    /** What a test that runs {@code command} must name: its command and job, and every option. */
    private static List<String> checkedTokens(String command) {
        List<String> tokens = Arrays.asList(command.split("\\s+"));
        List<String> checked = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean subcommand = i == 1 && !token.startsWith("-");
            boolean job = i == 3 && (tokens.get(1).equals("run") || tokens.get(1).equals("submit"));
            if (token.startsWith("--") || subcommand || job) {
                checked.add(token);
            }
        }
        return checked;
    }

    private static List<String> readmeCommands() {
        return commands(read("README.md"));
    }

    private static String read(String page) {
        try {
            return Files.readString(ProjectHome.locate().resolve(page), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The distinct ./compare.sh commands of a Markdown text, in order, words separated by one space. */
    static List<String> commands(String markdown) {
        Set<String> found = new LinkedHashSet<>();
        boolean inBlock = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                inBlock = !inBlock;
                continue;
            }
            if (inBlock) {
                Matcher m = IN_BLOCK.matcher(line);
                if (m.matches()) {
                    found.add(normalize(m.group(1)));
                }
            } else {
                Matcher m = INLINE.matcher(line);
                while (m.find()) {
                    found.add(normalize(m.group(1)));
                }
            }
        }
        return List.copyOf(found);
    }

    /** One space between words, and no trailing {@code &} (a command sent to the background). */
    private static String normalize(String command) {
        return command.strip().replaceAll("\\s*&$", "").replaceAll("\\s+", " ");
    }

    private static String testSource(String testClass) {
        Path tests = ProjectHome.locate().resolve("harness/src/test/java");
        try (Stream<Path> files = Files.walk(tests)) {
            Path file = files.filter(p -> p.getFileName().toString().equals(testClass + ".java")).findFirst()
                    .orElseThrow(() -> new AssertionError("no test class " + testClass + " under " + tests));
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
