package io.tradewatch.risk;

import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.tradewatch.testsupport.ServiceArchitectureTests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * risk-manager follows the shared package vocabulary; besides, the rules and the P&L arithmetic depend on
 * nothing else of the service, not even the rest of the domain, so they can be tested on their own.
 */
// One instance for all rules, so the module's classes are imported once rather than once per rule (3 s each).
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchitectureTests extends ServiceArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importLocations(
                Set.of(Location.of(RiskManagerApplication.class.getProtectionDomain().getCodeSource().getLocation())));

    @Override
    protected Class<?> application() {
        return RiskManagerApplication.class;
    }

    @Test
    void rulesAndPnlDependOnNothingElseOfTheService() {
        classes().that()
            .resideInAnyPackage("io.tradewatch.risk.domain.rules..", "io.tradewatch.risk.domain.pnl..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.jspecify..", "io.tradewatch.risk.domain.rules..",
                    "io.tradewatch.risk.domain.pnl..")
            .check(CLASSES);
    }
}
