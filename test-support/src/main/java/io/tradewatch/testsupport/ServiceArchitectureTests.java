package io.tradewatch.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The one package vocabulary every Tradewatch service follows, written once: each service's
 * {@code ArchitectureTests} extends this class and names its application class (and any package of a role
 * only it has). A newcomer then finds the same thing in the same place in every service:
 * <ul>
 * <li>{@code api}: HTTP controllers, their request records and response views, HTTP error handling;</li>
 * <li>{@code messaging}: the AMQP topology ({@code MessagingTopology}), listeners, publishers, message records
 * (bodies read with the starter's {@code MessageReader}, poison messages rejected with its
 * {@code UnreadableMessageException});</li>
 * <li>{@code store}: everything that talks to Redis (repositories, Lua scripts, key names);</li>
 * <li>{@code config}: configuration properties and the wiring of beans that span roles;</li>
 * <li>{@code domain}: the model and its rules in plain Java (feature sub-packages allowed);</li>
 * <li>{@code service}: the use cases that tie domain, store and messaging together.</li>
 * </ul>
 * The root package holds only the application class.
 */
public abstract class ServiceArchitectureTests {

    /** The role packages every service may have, in the order of the list above. */
    public static final List<String> ROLES = List.of("api", "messaging", "store", "config", "domain", "service");

    /** One import per module and test run: importing a service's classes takes seconds. */
    private static final Map<Class<?>, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    private static final String REJECT_AND_DONT_REQUEUE = "org.springframework.amqp.AmqpRejectAndDontRequeueException";

    /** The service's {@code @SpringBootApplication} class; its package is the service's root package. */
    protected abstract Class<?> application();

    /** Packages of a role only this service has (for example market data's {@code feed}); none by default. */
    protected Set<String> ownRoles() {
        return Set.of();
    }

    /** Packages the domain may use besides plain Java and itself (for example {@code "javax.crypto.."}). */
    protected Set<String> domainMayAlsoUse() {
        return Set.of();
    }

    private String root() {
        return application().getPackageName();
    }

    private JavaClasses imported() {
        // Only the module's own classes: scanning the whole classpath for the package takes seconds.
        return IMPORTED.computeIfAbsent(application(), app -> new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importLocations(Set.of(Location.of(app.getProtectionDomain().getCodeSource().getLocation()))));
    }

    private String[] inRoot(List<String> names) {
        return names.stream().map(name -> root() + "." + name + "..").toArray(String[]::new);
    }

    @Test
    void everyClassLivesInTheRootOrARolePackage() {
        List<String> packages = new ArrayList<>(ROLES);
        packages.addAll(ownRoles());
        String[] allowed = inRoot(packages);
        classes().that().resideOutsideOfPackage(root())
            .should().resideInAnyPackage(allowed)
            .as("classes of " + root() + " live in one of its role packages " + packages)
            .check(imported());
    }

    @Test
    void theRootPackageHoldsOnlyTheApplication() {
        classes().that().resideInAPackage(root())
            .and().doNotHaveSimpleName("package-info")
            .should().haveFullyQualifiedName(application().getName())
            .orShould().beNestedClasses()
            .check(imported());
    }

    @Test
    void theDomainUsesOnlyPlainJava() {
        List<String> allowed = new ArrayList<>(List.of("java..", "org.jspecify..", root() + ".domain.."));
        allowed.addAll(domainMayAlsoUse());
        classes().that().resideInAPackage(root() + ".domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(String[]::new))
            .allowEmptyShould(true)
            .check(imported());
    }

    @Test
    void rolePackagesHaveNoCycles() {
        slices().matching(root() + ".(*)..").should().beFreeOfCycles().check(imported());
    }

    @Test
    void controllersLiveInApi() {
        classes().that().areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
            .should().resideInAPackage(root() + ".api..")
            .allowEmptyShould(true)
            .check(imported());
    }

    @Test
    void listenersLiveInMessaging() {
        classes().that().containAnyMethodsThat(
                DescribedPredicate.<JavaMethod>describe("are @RabbitListener methods",
                    method -> method.isAnnotatedWith("org.springframework.amqp.rabbit.annotation.RabbitListener")))
            .should().resideInAPackage(root() + ".messaging..")
            .allowEmptyShould(true)
            .check(imported());
    }

    @Test
    void onlyMessagingAndConfigUseTheBroker() {
        noClasses().that().resideOutsideOfPackages(root() + ".messaging..", root() + ".config..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.amqp..", "com.rabbitmq..")
            .check(imported());
    }

    @Test
    void poisonMessagesAreRejectedTheStartersOneWay() {
        // a message that can never be processed is an UnreadableMessageException (io.tradewatch.platform.messaging),
        // read by the starter's MessageReader: never a service's own AmqpRejectAndDontRequeueException
        noClasses().should().beAssignableTo(REJECT_AND_DONT_REQUEUE)
            .orShould().dependOnClassesThat().haveFullyQualifiedName(REJECT_AND_DONT_REQUEUE)
            .as("services reject poison messages with the starter's UnreadableMessageException only")
            .check(imported());
    }

    @Test
    void onlyStoreAndConfigUseRedis() {
        noClasses().that().resideOutsideOfPackages(root() + ".store..", root() + ".config..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.data.redis..", "io.lettuce..")
            .check(imported());
    }

    @Test
    void configurationPropertiesLiveInConfig() {
        classes().that().areAnnotatedWith("org.springframework.boot.context.properties.ConfigurationProperties")
            .should().resideInAPackage(root() + ".config..")
            .allowEmptyShould(true)
            .check(imported());
    }
}
