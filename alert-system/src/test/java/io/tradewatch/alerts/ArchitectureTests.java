package io.tradewatch.alerts;

import java.util.Set;

import io.tradewatch.testsupport.ServiceArchitectureTests;

/**
 * The shared package vocabulary, with outbound delivery as the alert-system's own role ({@code delivery}: HTTP
 * senders to webhooks and Slack, per-target lanes, retries) and the webhook signature's HMAC in the domain.
 */
class ArchitectureTests extends ServiceArchitectureTests {

    @Override
    protected Class<?> application() {
        return AlertSystemApplication.class;
    }

    @Override
    protected Set<String> ownRoles() {
        return Set.of("delivery");
    }

    @Override
    protected Set<String> domainMayAlsoUse() {
        return Set.of("javax.crypto..");
    }
}
