package io.tradewatch.strategy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps indicators and the strategy domain plain Java, so backtests and live evaluation share them as-is. */
class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages("io.tradewatch.strategy");

    @Test
    void indicatorsAndTheDomainUseNoFrameworkBrokerCacheOrMetricsTypes() {
        noClasses().that()
            .resideInAnyPackage("io.tradewatch.strategy.indicator..", "io.tradewatch.strategy.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "com.rabbitmq..", "io.lettuce..", "io.micrometer..",
                    "reactor..", "tools.jackson..", "io.tradewatch.metrics..", "io.tradewatch.strategy.live..",
                    "io.tradewatch.strategy.definition..", "io.tradewatch.strategy.backtest..",
                    "io.tradewatch.strategy.fills..")
            .check(classes);
    }

    @Test
    void indicatorsDependOnNothingOfTheService() {
        noClasses().that()
            .resideInAPackage("io.tradewatch.strategy.indicator..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.tradewatch.strategy.domain..", "io.tradewatch.strategy.live..")
            .check(classes);
    }
}
