package io.tradewatch.strategy;

import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.Test;

import io.tradewatch.testsupport.ServiceArchitectureTests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The shared package vocabulary, plus: the indicators depend on nothing else of the service, so the strategy
 * domain builds on them and never the other way round.
 */
class ArchitectureTests extends ServiceArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importLocations(
                Set.of(Location.of(StrategyApplication.class.getProtectionDomain().getCodeSource().getLocation())));

    @Override
    protected Class<?> application() {
        return StrategyApplication.class;
    }

    @Test
    void indicatorsDependOnNothingElseOfTheService() {
        classes().that()
            .resideInAPackage("io.tradewatch.strategy.domain.indicator..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.jspecify..", "io.tradewatch.strategy.domain.indicator..")
            .check(CLASSES);
    }
}
