package dev.streamcompare.harness;

import dev.streamcompare.common.BadInputException;
import dev.streamcompare.common.JobCli;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./compare.sh}: runs the word-count jobs of each engine and the plain-Java baseline. */
@Command(name = "compare.sh", mixinStandardHelpOptions = true,
        versionProvider = CompareCli.Version.class,
        description = "Runs the seed's word counts on Flink and Spark Streaming, and the plain-Java baseline.",
        subcommands = {RunCommand.class, ServeCommand.class, DropCommand.class, ReferenceCommand.class,
            ConsumeCommand.class, SendCommand.class})
public final class CompareCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with one-line errors: exit 2 for input the user can fix, 1 for a failure. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new CompareCli());
        // Everything after `run <engine> <job>` belongs to the job, --help included.
        cli.getSubcommands().get("run").setStopAtPositional(true).setUnmatchedOptionsArePositionalParams(true);
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println(failed.getCommandSpec().qualifiedName() + ": error: " + e.getMessage() + " (see --help)");
            return JobCli.EXIT_BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, failed, parseResult) -> {
            String name = failed.getCommandSpec().qualifiedName();
            if (e instanceof BadInputException) {
                failed.getErr().println(name + ": error: " + e.getMessage());
                return JobCli.EXIT_BAD_INPUT;
            }
            failed.getErr().println(name + ": failed: " + e);
            return JobCli.EXIT_FAILED;
        });
        return cli;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** The version of the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"streamcompare " + BuildInfo.load().version()};
        }
    }
}
