package io.tradewatch.alerts.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.alerts.domain.AlertView;
import io.tradewatch.alerts.domain.ChannelType;
import io.tradewatch.alerts.domain.delivery.Delivery;

/**
 * Renders the bodies: the generic webhook gets {@code {"version":1,"deliveryId":…,"alert":{…}}}; Slack (and
 * Slack-compatible receivers such as Mattermost) get {@code text} plus one coloured attachment with fields.
 */
final class Payloads {

    private final JsonMapper json;

    Payloads(JsonMapper json) {
        this.json = json;
    }

    byte[] render(Delivery delivery) {
        return switch (delivery.target().type()) {
            case WEBHOOK -> json.writeValueAsBytes(new WebhookBody(1, delivery.id(), delivery.alert()));
            case SLACK -> json.writeValueAsBytes(slack(delivery.alert()));
            case LOG -> throw new IllegalArgumentException("the log channel has no body");
        };
    }

    static boolean signed(ChannelType type) {
        return type == ChannelType.WEBHOOK;
    }

    private static SlackBody slack(AlertView alert) {
        String headline = "[" + alert.severity().toUpperCase() + "] " + alert.status() + ": " + alert.title();
        List<SlackField> fields = new ArrayList<>();
        fields.add(new SlackField("Severity", alert.severity(), true));
        fields.add(new SlackField("Type", alert.type(), true));
        fields.add(new SlackField("Source", alert.source(), true));
        fields.add(new SlackField("Started", alert.startsAt().toString(), true));
        alert.labels().entrySet().stream().limit(10).map(Payloads::labelField).forEach(fields::add);
        String color = switch (alert.status() + "/" + alert.severity()) {
            case "firing/critical" -> "#d00000";
            case "firing/warning" -> "#ff9f1c";
            case "firing/info" -> "#2b7de9";
            default -> "#2eb67d";
        };
        SlackAttachment attachment = new SlackAttachment(color, alert.title(), alert.message(), fields,
                "tradewatch alert-system · " + alert.fingerprint(), alert.raisedAt().getEpochSecond());
        return new SlackBody(headline, List.of(attachment));
    }

    private static SlackField labelField(Map.Entry<String, String> label) {
        return new SlackField(label.getKey(), label.getValue(), true);
    }

    record WebhookBody(int version, String deliveryId, AlertView alert) {
    }

    record SlackBody(String text, List<SlackAttachment> attachments) {
    }

    record SlackAttachment(String color, String title, String text, List<SlackField> fields, String footer, long ts) {
    }

    record SlackField(String title, String value, @JsonProperty("short") boolean isShort) {
    }
}
