package io.tradewatch.strategy.api;

import java.util.UUID;

import org.springframework.stereotype.Component;

/** A name for this running instance, shown by the state endpoint so a client can tell replicas apart. */
@Component
class ReplicaId {

    private final String value;

    ReplicaId() {
        String host = System.getenv().getOrDefault("HOSTNAME", "local");
        this.value = host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    String value() {
        return value;
    }
}
