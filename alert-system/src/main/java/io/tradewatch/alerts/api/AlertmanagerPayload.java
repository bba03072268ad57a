package io.tradewatch.alerts.api;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * Alertmanager's webhook body, version 4 (https://prometheus.io/docs/alerting/latest/configuration/#webhook_config).
 * Everything is nullable here because validation reports each missing field by name.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record AlertmanagerPayload(@Nullable String version, @Nullable String groupKey, @Nullable Integer truncatedAlerts,
        @Nullable String status, @Nullable String receiver, @Nullable Map<String, String> groupLabels,
        @Nullable Map<String, String> commonLabels, @Nullable Map<String, String> commonAnnotations,
        @Nullable String externalURL, @Nullable List<@Nullable Alert> alerts) {

    /** One alert of the group. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Alert(@Nullable String status, @Nullable Map<String, String> labels,
            @Nullable Map<String, String> annotations, @Nullable String startsAt, @Nullable String endsAt,
            @Nullable String generatorURL, @Nullable String fingerprint) {
    }
}
