package io.tradewatch.alerts;

import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps alert rule evaluation and the other domain decisions plain Java, and the feature packages free of cycles. */
class ArchitectureTests {

    /** Only the module's own classes (scanning the whole classpath for the package takes seconds). */
    private static final JavaClasses CLASSES = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importLocations(Set.of(Location.of(AlertSystemApplication.class.getProtectionDomain().getCodeSource().getLocation())));

    @Test
    void theDomainUsesOnlyPlainJava() {
        classes().that()
            .resideInAPackage("io.tradewatch.alerts.domain..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "javax.crypto..", "org.jspecify..", "io.tradewatch.alerts.domain..")
            .check(CLASSES);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("io.tradewatch.alerts.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
