package io.tradewatch.gateway.config;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad gateway settings stop the start with a message that names the property. */
class GatewaySettingsTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
        .withUserConfiguration(SettingsConfiguration.class)
        .withPropertyValues("tradewatch.gateway.services.market-data.uri=http://localhost:8081",
                "tradewatch.gateway.services.market-data.management-uri=http://localhost:9181",
                "tradewatch.gateway.rate-limits.roles.VIEWER.replenish-rate=20",
                "tradewatch.gateway.rate-limits.roles.VIEWER.burst-capacity=40",
                "tradewatch.gateway.rate-limits.roles.TRADER.replenish-rate=50",
                "tradewatch.gateway.rate-limits.roles.TRADER.burst-capacity=100",
                "tradewatch.gateway.rate-limits.roles.ADMIN.replenish-rate=100",
                "tradewatch.gateway.rate-limits.roles.ADMIN.burst-capacity=200");

    @Test
    void completeSettingsBindWithDefaults() {
        contextRunner.run(context -> {
            GatewaySettings settings = context.getBean(GatewaySettings.class);
            assertThat(settings.bootstrapAdminKey()).isNull();
            assertThat(settings.bodyLimit().defaultMax().toMegabytes()).isEqualTo(1);
            assertThat(settings.rateLimits().redisTimeout()).hasMillis(250);
            assertThat(settings.jwt().rolesClaim()).isEqualTo("roles");
            assertThat(settings.accessLog()).isTrue();
        });
    }

    @Test
    void aShortBootstrapKeyStopsTheStart() {
        contextRunner.withPropertyValues("tradewatch.gateway.bootstrap-admin-key=too-short").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("bootstrapAdminKey")
                .hasMessageContaining("at least 32 characters");
        });
    }

    @Test
    void aRoleWithoutLimitsStopsTheStart() {
        new ApplicationContextRunner().withUserConfiguration(SettingsConfiguration.class)
            .withPropertyValues("tradewatch.gateway.services.market-data.uri=http://localhost:8081",
                    "tradewatch.gateway.services.market-data.management-uri=http://localhost:9181",
                    "tradewatch.gateway.rate-limits.roles.VIEWER.replenish-rate=20",
                    "tradewatch.gateway.rate-limits.roles.VIEWER.burst-capacity=40")
            .run(context -> assertThat(context.getStartupFailure()).rootCause()
                .hasMessageContaining("tradewatch.gateway.rate-limits.roles.TRADER is missing"));
    }

    @Test
    void aBurstBelowTheReplenishRateStopsTheStart() {
        contextRunner.withPropertyValues("tradewatch.gateway.rate-limits.roles.ADMIN.burst-capacity=10")
            .run(context -> assertThat(context.getStartupFailure()).rootCause()
                .hasMessageContaining("burst-capacity (10) must be at least replenish-rate (100)"));
    }

    /** Deliberately not a @Configuration, so the application's component scan never picks it up. */
    @EnableConfigurationProperties(GatewaySettings.class)
    static class SettingsConfiguration {
    }
}
