package io.tradewatch.marketdata;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps the domain plain Java: tick validation, candles, the price model and the reconnect and stream
 * plans use nothing of Spring, RabbitMQ, Redis, Reactor, Jackson or Micrometer, nor the metrics starter.
 */
class DomainIsolationTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.tradewatch.marketdata");

    private static final String[] FRAMEWORKS = { "org.springframework..", "com.rabbitmq..", "io.lettuce..",
            "reactor..", "io.netty..", "tools.jackson..", "com.fasterxml..", "io.micrometer..", "io.tradewatch.metrics..",
            "org.slf4j.." };

    @Test
    void tickAndCandleRulesDependOnNoFramework() {
        ArchRule rule = noClasses().that()
            .resideInAnyPackage("io.tradewatch.marketdata.tick..", "io.tradewatch.marketdata.candle..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FRAMEWORKS);
        rule.check(CLASSES);
    }

    @Test
    void theDomainDependsOnNothingElseOfTheService() {
        ArchRule rule = classes().that()
            .resideInAnyPackage("io.tradewatch.marketdata.tick..", "io.tradewatch.marketdata.candle..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("io.tradewatch.marketdata.tick..", "io.tradewatch.marketdata.candle..", "java..",
                    "org.jspecify..");
        rule.check(CLASSES);
    }

    @Test
    void thePriceModelAndReconnectArithmeticArePlainJava() {
        ArchRule rule = noClasses().that()
            .haveFullyQualifiedName("io.tradewatch.marketdata.feed.simulated.GbmPath")
            .or().haveFullyQualifiedName("io.tradewatch.marketdata.feed.simulated.TickGenerator")
            .or().haveFullyQualifiedName("io.tradewatch.marketdata.feed.websocket.Backoff")
            .or().haveFullyQualifiedName("io.tradewatch.marketdata.feed.websocket.StreamPlan")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FRAMEWORKS);
        rule.check(CLASSES);
    }
}
