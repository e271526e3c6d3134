package dev.streamcompare.harness;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The harness as layers (issue 14), read from the production classes' dependencies.
 *
 * <p>Top to bottom: cli, live (the live view, which listens to the runs), scenario, cluster, run, feed, output, report.render, report. A layer may
 * use only layers below it; nothing in the harness uses a layer above it, and there is no cycle
 * between the top-level packages.
 */
@AnalyzeClasses(packages = ArchitectureTest.HARNESS, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String HARNESS = "dev.streamcompare.harness";

    private static final String CLI = HARNESS + ".cli..";
    private static final String LIVE = HARNESS + ".live..";
    private static final String SCENARIO = HARNESS + ".scenario..";
    private static final String CLUSTER = HARNESS + ".cluster..";
    private static final String RUN = HARNESS + ".run..";
    private static final String FEED = HARNESS + ".feed..";
    private static final String OUTPUT = HARNESS + ".output..";
    private static final String REPORT_RENDER = HARNESS + ".report.render..";
    private static final String REPORT = HARNESS + ".report..";

    /** (a) No cycle between the harness's top-level packages (report.render counts as report here). */
    @ArchTest
    static final ArchRule no_cycles_between_packages =
            slices().matching(HARNESS + ".(*)..").should().beFreeOfCycles();

    /**
     * (b) Each layer is used only by the layers above it. cluster (launching a cluster, its
     * clients) is used by cli alone: the scenarios run against whatever the CLI hands them, so
     * scenario may not reach into cluster even though it sits above it.
     */
    @ArchTest
    static final ArchRule layers =
            layeredArchitecture()
                    .consideringOnlyDependenciesInLayers()
                    .layer("cli").definedBy(CLI)
                    .layer("live").definedBy(LIVE)
                    .layer("scenario").definedBy(SCENARIO)
                    .layer("cluster").definedBy(CLUSTER)
                    .layer("run").definedBy(RUN)
                    .layer("feed").definedBy(FEED)
                    .layer("output").definedBy(OUTPUT)
                    .layer("report.render").definedBy(REPORT_RENDER)
                    .layer("report").definedBy(
                            resideInAPackage(REPORT).and(not(resideInAPackage(REPORT_RENDER)))
                                    .as("classes in " + REPORT + " outside " + REPORT_RENDER))
                    .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                    .whereLayer("live").mayOnlyBeAccessedByLayers("cli")
                    .whereLayer("scenario").mayOnlyBeAccessedByLayers("cli")
                    .whereLayer("cluster").mayOnlyBeAccessedByLayers("cli")
                    .whereLayer("run").mayOnlyBeAccessedByLayers("cli", "live", "scenario", "cluster")
                    .whereLayer("feed").mayOnlyBeAccessedByLayers("cli", "live", "scenario", "cluster", "run")
                    .whereLayer("output")
                    .mayOnlyBeAccessedByLayers("cli", "live", "scenario", "cluster", "run", "feed")
                    .whereLayer("report.render")
                    .mayOnlyBeAccessedByLayers("cli", "live", "scenario", "cluster", "run", "feed", "output")
                    .whereLayer("report")
                    .mayOnlyBeAccessedByLayers(
                            "cli", "live", "scenario", "cluster", "run", "feed", "output", "report.render");

    /** (c) The model uses nothing of the harness but itself: not the run machinery, not the CLI. */
    @ArchTest
    static final ArchRule report_depends_only_on_report =
            noClasses().that().resideInAPackage(REPORT)
                    .should().dependOnClassesThat(
                            resideInAPackage(HARNESS + "..").and(not(resideInAPackage(REPORT)))
                                    .as("harness classes outside " + REPORT));

    /** (c) The renderers use the model and nothing else of the harness. */
    @ArchTest
    static final ArchRule report_render_depends_only_on_report =
            noClasses().that().resideInAPackage(REPORT_RENDER)
                    .should().dependOnClassesThat(
                            resideInAPackage(HARNESS + "..").and(not(resideInAPackage(REPORT)))
                                    .as("harness classes outside " + REPORT));

    /** (d) cli is the top: only cli itself uses it. */
    @ArchTest
    static final ArchRule nothing_depends_on_cli =
            noClasses().that().resideOutsideOfPackage(CLI)
                    .should().dependOnClassesThat().resideInAPackage(CLI);
}
