package io.tradewatch.alerts.service;

import io.tradewatch.alerts.domain.AlertView;
import io.tradewatch.alerts.store.AlertGate;
import io.tradewatch.alerts.store.AlertRecorder;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Prepares the alert path once the application is ready (Redis scripts cached, JSON serializers built), so
 * the first Alertmanager notification after a start is accepted as fast as the others. A failure here is
 * only logged: the first alert then pays the cost instead.
 */
@Component
class WarmUp {

    private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

    private final AlertGate gate;

    private final AlertRecorder recorder;

    private final JsonMapper json;

    WarmUp(AlertGate gate, AlertRecorder recorder, JsonMapper json) {
        this.gate = gate;
        this.recorder = recorder;
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        try {
            gate.preload();
            recorder.warmUp();
            AlertView sample = new AlertView("warm-up", "0", "firing", "info", "prometheus", "warm-up", "", "",
                    Map.of(), Instant.EPOCH, null, Instant.EPOCH, null, null, List.of());
            json.readValue(json.writeValueAsString(sample), AlertView.class);
        }
        catch (RuntimeException ex) {
            log.warn("Warming up the alert path failed ({}); the first alert will be slower", ex.toString());
        }
    }
}
