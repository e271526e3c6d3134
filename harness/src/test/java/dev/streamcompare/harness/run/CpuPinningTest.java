package dev.streamcompare.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CpuPinningTest {

    private static final List<Integer> FOUR_CPUS = List.of(0, 1, 2, 3);
    private static final List<String> JAVA = List.of("/jdk/bin/java", "-Xmx1g", "-cp", "job.jar", "Main");

    @Test
    void fewerCoresThanCpusPinsEachChildToTheLastCpusWithTheJvmToldAsMuch() {
        CpuPinning pinning = CpuPinning.of(2, FOUR_CPUS, 4, "/usr/bin/taskset");

        assertThat(pinning.command(JAVA)).containsExactly("/usr/bin/taskset", "-c", "2-3", "/jdk/bin/java", "-Xmx1g", "-cp",
                "job.jar", "Main");
        assertThat(pinning.jvmOptions()).containsExactly("-XX:ActiveProcessorCount=2");
        assertThat(pinning.cpus()).isEqualTo("2-3");
        assertThat(pinning.description()).isEqualTo("every child JVM pinned to CPU 2-3 of 0-3 (taskset -c 2-3, "
                + "-XX:ActiveProcessorCount=2): --cores 2 of the machine's 4 CPUs");
    }

    @Test
    void asManyCoresAsCpusOrMoreIsNotPinned() {
        for (int cores : new int[] {4, 6}) {
            CpuPinning pinning = CpuPinning.of(cores, FOUR_CPUS, 4, "/usr/bin/taskset");
            assertThat(pinning.command(JAVA)).isEqualTo(JAVA);
            assertThat(pinning.jvmOptions()).isEmpty();
            assertThat(pinning.cpus()).isNull();
        }
        assertThat(CpuPinning.of(4, FOUR_CPUS, 4, "/usr/bin/taskset").description())
                .isEqualTo("not pinned: --cores 4, all the machine's 4 CPUs");
        assertThat(CpuPinning.of(6, FOUR_CPUS, 4, "/usr/bin/taskset").description())
                .isEqualTo("not pinned: --cores 6, more than the machine's 4 CPUs");
    }

    @Test
    void withoutTasksetTheChildrenRunUnpinnedAndTheReportSaysSo() {
        CpuPinning pinning = CpuPinning.of(1, FOUR_CPUS, 4, null);

        assertThat(pinning.command(JAVA)).isEqualTo(JAVA);
        assertThat(pinning.cpus()).isNull();
        assertThat(pinning.jvmOptions()).containsExactly("-XX:ActiveProcessorCount=1");
        assertThat(pinning.description()).isEqualTo("NOT PINNED: taskset not found (Debian: util-linux); each child may run "
                + "on any of the 4 CPUs, told -XX:ActiveProcessorCount=1 only");
    }

    @Test
    void theMachinesCpusAreTheFewerOfTheAllowedAndTheAvailable() {
        // A container may allow CPUs 0-3 but a quota of 2: the JVM counts 2, so --cores 2 is all of them.
        assertThat(CpuPinning.of(2, FOUR_CPUS, 2, "/usr/bin/taskset").cpus()).isNull();
        assertThat(CpuPinning.of(1, List.of(4, 5, 7), 3, "/usr/bin/taskset").cpus()).isEqualTo("7");
    }

    @Test
    void cpuListsReadAndWriteAsTasksetAndProcDo() {
        assertThat(CpuPinning.parse("0-3,6,8-9\n")).containsExactly(0, 1, 2, 3, 6, 8, 9);
        assertThat(CpuPinning.list(List.of(0, 1, 2, 3, 6, 8, 9))).isEqualTo("0-3,6,8-9");
        assertThat(CpuPinning.list(List.of(5))).isEqualTo("5");
    }
}
