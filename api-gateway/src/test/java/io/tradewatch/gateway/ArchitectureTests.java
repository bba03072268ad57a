package io.tradewatch.gateway;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The gateway's decisions ({@code ..gateway.policy..}) stay plain Java. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages("io.tradewatch.gateway");

    @Test
    void policyCodeUsesNoFrameworkRedisReactorOrMicrometer() {
        noClasses().that()
            .resideInAPackage("io.tradewatch.gateway.policy..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "reactor..", "io.lettuce..", "io.micrometer..",
                    "io.github.resilience4j..", "io.netty..", "tools.jackson..", "io.tradewatch.metrics..")
            .check(CLASSES);
    }

    @Test
    void policyCodeDependsOnNoOtherPartOfTheGateway() {
        noClasses().that()
            .resideInAPackage("io.tradewatch.gateway.policy..")
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages("io.tradewatch.gateway.policy..", "java..", "org.jspecify..")
            .check(CLASSES);
    }
}
