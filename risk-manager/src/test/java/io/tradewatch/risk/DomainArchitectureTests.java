package io.tradewatch.risk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the risk rules and P&L arithmetic plain Java, testable without any infrastructure. */
class DomainArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.tradewatch.risk");

    @Test
    void rulesAndPnlUseNoFrameworkBrokerCacheOrMetrics() {
        noClasses().that()
            .resideInAnyPackage("io.tradewatch.risk.rules..", "io.tradewatch.risk.pnl..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "com.rabbitmq..", "io.lettuce..", "io.micrometer..",
                    "tools.jackson..", "com.fasterxml..", "io.tradewatch.metrics..", "reactor..")
            .check(CLASSES);
    }

    @Test
    void rulesAndPnlDependOnNothingElseOfTheService() {
        noClasses().that()
            .resideInAnyPackage("io.tradewatch.risk.rules..", "io.tradewatch.risk.pnl..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.tradewatch.risk.check..", "io.tradewatch.risk.book..", "io.tradewatch.risk.store..",
                    "io.tradewatch.risk.limits..", "io.tradewatch.risk.exposure..", "io.tradewatch.risk.breach..",
                    "io.tradewatch.risk.killswitch..", "io.tradewatch.risk.messaging..")
            .check(CLASSES);
    }
}
