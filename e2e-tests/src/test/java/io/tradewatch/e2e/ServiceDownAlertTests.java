package io.tradewatch.e2e;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An alert of deploy's own rules travels the whole way: strategy-service stops, Prometheus finds it down
 * ({@code up == 0}), ServiceDown fires (its {@code for:} is 5 s in this run, see
 * {@link TradewatchSystem#FOR_OVERRIDES}), Alertmanager routes it to alert-system, which delivers it to the
 * webhook, signed. Runs last: it stops a service.
 */
@Order(Integer.MAX_VALUE)
@ExtendWith(SystemExtension.class)
class ServiceDownAlertTests {

    @Test
    void aStoppedServicesServiceDownAlertTravelsPrometheusAlertmanagerAlertSystemToTheWebhook(TradewatchSystem system) {
        system.service(Service.STRATEGY).stop();
        assertThat(system.service(Service.STRATEGY).jar().isAlive()).isFalse();

        WebhookReceiver.Delivery delivery = RiskLimitsAndAlertsTests.awaitDelivery(system, "ServiceDown",
                alert -> "prometheus".equals(alert.path("type").asString())
                        && "ServiceDown".equals(alert.path("labels").path("alertname").asString())
                        && "strategy-service".equals(alert.path("labels").path("service").asString()));
        assertThat(delivery.signatureValid()).as("signature " + delivery.signature()).isTrue();
        assertThat(delivery.alert().path("severity").asString()).isEqualTo("critical");
        assertThat(delivery.alert().path("status").asString()).isEqualTo("firing");
        assertThat(delivery.alert().path("title").asString()).startsWith("ServiceDown: strategy-service is down");
        assertThat(system.prometheus().query("ALERTS{alertname=\"ServiceDown\", alertstate=\"firing\"}")
            .path("data").path("result")).hasSize(1);
    }
}
