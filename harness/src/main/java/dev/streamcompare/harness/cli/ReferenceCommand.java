package dev.streamcompare.harness.cli;

import dev.streamcompare.common.BatchOptions;
import dev.streamcompare.common.WordCount;
import dev.streamcompare.common.WordCounter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code reference}: the plain-Java counter that every engine's output is checked against. */
@Command(name = "reference",
        description = "Counts a file with the plain-Java reference counter (one thread, no engine) and prints "
                + "the TOP words as the batch jobs do.")
final class ReferenceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    BatchOptions options;

    @Override
    public Integer call() throws Exception {
        options.validate();
        WordCounter counter = WordCounter.countFile(Path.of(options.input));
        for (WordCount entry : counter.top(options.top)) {
            spec.commandLine().getOut().println(entry.toTsv());
        }
        spec.commandLine().getErr().printf("reference: %d words, %d distinct%n", counter.total(), counter.distinct());
        return 0;
    }
}
