package dev.streamcompare.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StreamOptionsTest {

    @TempDir
    static Path folder;

    /** Bad values of the streaming jobs' options: each one line and exit code 2. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--port 9999 --batch-seconds 0            | --batch-seconds must be at least 1, got 0",
        "--port 9999 --batch-seconds -2           | --batch-seconds must be at least 1, got -2",
        "--port 70000                             | --port must be 1..65535, got 70000",
        "--port 9999 --print -1                   | --print must not be negative, got -1",
        "--port 9999 --cores -1                   | --cores must not be negative, got -1",
        "--port 9999 --batch-seconds two          | Invalid value for option '--batch-seconds'",
        "--host localhost                         | Missing required option: '--port=PORT'",
        "--port 9999 --output /proc/no/such/place | --output /proc/no/such/place: cannot create the directory",
        "--port 9999 --output pom.xml             | --output pom.xml: cannot create the directory",
        "--port 9999 --max-retry -2               | --max-retry must be -1 (for ever) or more, got -2",
        "--port 9999 --batch-ms 5                 | --batch-ms must be at least 10, got 5",
        "--port 9999 --batch-ms 500 --batch-seconds 1 | give --batch-seconds or --batch-ms, not both",
        "--port 9999 --buffer-ms -1               | --buffer-ms must not be negative, got -1",
        "--port 9999 --variant streaming          | expected faithful, tuned, per-record or transform-with-state, got 'streaming'",
    })
    void socketOptionsRefuseBadValuesInOneLine(String args, String message) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = JobCli.parse("SocketWordCount", new SocketOptions(), args.trim().split("\\s+"),
                System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("SocketWordCount: error: ").contains(message).hasLineCount(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--input-dir /no/such/dir | --input-dir /no/such/dir: no such directory",
        "--batch-seconds 2        | Missing required option: '--input-dir=DIR'",
    })
    void fileOptionsRefuseAMissingFolder(String args, String message) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = JobCli.parse("FileWordCount", new FileStreamOptions(), args.trim().split("\\s+"),
                System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(message).hasLineCount(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--input-dir .                                     | Missing required option: '--checkpoint=DIR'",
        "--input-dir /no/such/dir --checkpoint target/c    | --input-dir /no/such/dir: no such directory",
        "--input-dir . --checkpoint /proc/no/such/place    | --checkpoint /proc/no/such/place: cannot create the directory",
    })
    void statefulFileOptionsWantAFolderToWatchAndACheckpoint(String args, String message) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = JobCli.parse("StatefulFileWordCount", new StatefulFileOptions(), args.trim().split("\\s+"),
                System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(message).hasLineCount(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--checkpoint target/c                                  | Missing required option: '--topic=TOPIC'",
        "--topic t                                              | Missing required option: '--checkpoint=DIR'",
        "--topic a/b --checkpoint target/c                      | --topic 'a/b' is not a Kafka topic name",
        "--topic .. --checkpoint target/c                       | --topic '..' is not a Kafka topic name",
        "--topic t --bootstrap localhost --checkpoint target/c  | --bootstrap must be HOST:PORT[,HOST:PORT...], got 'localhost'",
        "--topic t --bootstrap a:1, --checkpoint target/c       | --bootstrap must be HOST:PORT[,HOST:PORT...], got 'a:1,'",
        "--topic t --checkpoint /proc/no/such/place             | --checkpoint /proc/no/such/place: cannot create the directory",
    })
    void kafkaOptionsRefuseBadValuesInOneLine(String args, String message) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = JobCli.parse("KafkaWordCount", new KafkaOptions(), args.trim().split("\\s+"),
                System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("KafkaWordCount: error: ").contains(message).hasLineCount(1);
    }

    @ParameterizedTest
    @CsvSource({"2, 2000", "5, 5000"})
    void describeNamesTheOptionsThatGiveTheJobItsMeaning(int batchSeconds, int expected) {
        StatefulSocketOptions options = new StatefulSocketOptions();
        int exit = JobCli.parse("StatefulSocketWordCount", options, new String[] {
            "--port", "9999", "--checkpoint", folder.resolve("c").toString(), "--batch-seconds", Integer.toString(batchSeconds)},
                System.out, System.err);
        assertThat(exit).isEqualTo(-1);
        assertThat(options.describe()).contains("port=9999", "batch-ms=" + expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--port 9999                       | 2000 | 2000 | faithful",
        "--port 9999 --batch-seconds 3     | 3000 | 3000 | faithful",
        "--port 9999 --batch-ms 250        | 250  | 1000 | faithful",
        "--port 9999 --batch-ms 100 --variant per-record | 100 | 1000 | per-record",
    })
    void theBatchIntervalInMillisecondsAndCheckpointsAtMostOnceASecond(String args, long batch, long checkpoint, String variant) {
        SocketOptions options = new SocketOptions();
        assertThat(JobCli.parse("SocketWordCount", options, args.trim().split("\\s+"), System.out, System.err)).isEqualTo(-1);
        assertThat(options.batchMillis()).isEqualTo(batch);
        assertThat(options.checkpointMillis()).isEqualTo(checkpoint);
        assertThat(options.variant).hasToString(variant);
        assertThat(options.describe()).contains(" batch-ms=" + batch + " ");
    }
}
