package io.tradewatch.alerts.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.alerts.domain.AlertView;
import io.tradewatch.alerts.domain.delivery.AttemptResult;
import io.tradewatch.alerts.domain.delivery.Delivery;

/** The log channel: one structured line per alert, at WARN for critical and warning alerts, INFO otherwise. */
final class LogSender implements ChannelSender {

    private static final Logger log = LoggerFactory.getLogger("io.tradewatch.alerts.ALERT");

    @Override
    public AttemptResult send(Delivery delivery, int attempt) {
        AlertView alert = delivery.alert();
        String line = "Alert {} {} [{}] {}: {} (type {}, fingerprint {}, source {}, id {})";
        Object[] args = { alert.status(), alert.severity(), alert.title(), alert.message(), alert.labels(), alert.type(),
                alert.fingerprint(), alert.source(), alert.id() };
        if ("info".equals(alert.severity()) || "resolved".equals(alert.status())) {
            log.info(line, args);
        }
        else {
            log.warn(line, args);
        }
        return new AttemptResult.Delivered(0, "logged");
    }
}
