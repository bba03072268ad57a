package io.tradewatch.marketdata;

import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import io.tradewatch.testsupport.ServiceArchitectureTests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The shared package vocabulary, plus the service's own role {@code feed} (the simulated, replay and WebSocket
 * feeds), and the rule that the price model and the reconnect arithmetic inside the feeds stay plain Java.
 */
class ArchitectureTests extends ServiceArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.tradewatch.marketdata.feed");

    private static final String[] FRAMEWORKS = { "org.springframework..", "com.rabbitmq..", "io.lettuce..",
            "reactor..", "io.netty..", "tools.jackson..", "com.fasterxml..", "io.micrometer..", "io.tradewatch.metrics..",
            "org.slf4j.." };

    @Override
    protected Class<?> application() {
        return MarketDataApplication.class;
    }

    @Override
    protected Set<String> ownRoles() {
        return Set.of("feed");
    }

    @Test
    void thePriceModelAndReconnectArithmeticArePlainJava() {
        noClasses().that()
            .haveFullyQualifiedName("io.tradewatch.marketdata.feed.simulated.GbmPath")
            .or().haveFullyQualifiedName("io.tradewatch.marketdata.feed.simulated.TickGenerator")
            .or().haveFullyQualifiedName("io.tradewatch.marketdata.feed.websocket.Backoff")
            .or().haveFullyQualifiedName("io.tradewatch.marketdata.feed.websocket.StreamPlan")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FRAMEWORKS)
            .check(CLASSES);
    }
}
