package io.tradewatch.orders.domain;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The domain (order lifecycle, paper prices, P&L) stays plain Java. */
class DomainArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.tradewatch.orders.domain");

    @Test
    void domainDependsOnNothingButTheJdkAndNullnessAnnotations() {
        ArchRule rule = classes().that()
            .resideInAPackage("io.tradewatch.orders.domain..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.jspecify.annotations..", "io.tradewatch.orders.domain..");
        rule.check(classes);
    }
}
