package dev.streamcompare.harness.cli;

import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Job;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * Engines and jobs are typed lower case on the command line, with '-' for '_':
 * {@code run flink batch}, {@code --engines spark-structured}.
 */
public final class LowerCaseEnums {

    private LowerCaseEnums() {}

    static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
        for (E value : type.getEnumConstants()) {
            if (name(value).equalsIgnoreCase(text.replace('_', '-'))) {
                return value;
            }
        }
        throw new CommandLine.TypeConversionException(
                "unknown " + what + " '" + text + "': expected one of " + names(type));
    }

    static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(LowerCaseEnums::name).collect(Collectors.joining(", "));
    }

    /** How {@code value} is written on the command line and in reports. */
    public static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static final class EngineConverter implements CommandLine.ITypeConverter<Engine> {
        @Override
        public Engine convert(String value) {
            return parse(Engine.class, value, "engine");
        }
    }

    static final class JobConverter implements CommandLine.ITypeConverter<Job> {
        @Override
        public Job convert(String value) {
            return parse(Job.class, value, "job");
        }
    }

    static final class EngineNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.asList(names(Engine.class).split(", ")).iterator();
        }
    }

    static final class JobNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.asList(names(Job.class).split(", ")).iterator();
        }
    }
}
