package dev.streamcompare.flink;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The jobs are written against Flink's current APIs: nothing from a package Flink keeps only as legacy. */
class CurrentApiTest {

    private final JavaClasses jobs = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.streamcompare.flink");

    @Test
    void noJobUsesALegacyFlinkApi() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.apache.flink..legacy..")
                .because("Flink 2 keeps the pre-FLIP-27 SourceFunction / SinkFunction only as legacy")
                .check(jobs);
    }
}
