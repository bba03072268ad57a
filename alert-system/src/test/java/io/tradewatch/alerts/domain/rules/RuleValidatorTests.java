package io.tradewatch.alerts.domain.rules;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.tradewatch.alerts.domain.ChannelType;
import io.tradewatch.alerts.domain.Severity;
import io.tradewatch.alerts.domain.delivery.TargetPolicy;
import io.tradewatch.alerts.domain.rules.RuleDraft.ChannelDraft;

import static org.assertj.core.api.Assertions.assertThat;

class RuleValidatorTests {

    private final RuleValidator validator = new RuleValidator(new TargetPolicy(false, List.of(), List.of()));

    @Test
    void aCompletePriceRuleIsValidWithDefaults() {
        RuleDraft draft = new RuleDraft("BTC above 70k", "price_above", "BTCUSDT", "70000.50", null, "Critical",
                List.of(new ChannelDraft("webhook", "https://hooks.example.com/t/1"), new ChannelDraft("log", null)),
                null, null);

        AlertRule rule = ((RuleValidation.Valid) validator.validate("r1", draft)).rule();

        assertThat(rule.type()).isEqualTo(RuleType.PRICE_ABOVE);
        assertThat(rule.threshold()).isEqualByComparingTo("70000.50");
        assertThat(rule.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(rule.cooldown()).isEqualTo(Duration.ofMinutes(5));
        assertThat(rule.channels()).extracting(channel -> channel.type()).containsExactly(ChannelType.WEBHOOK, ChannelType.LOG);
        assertThat(rule.enabled()).isTrue();
    }

    @Test
    void symbolsAreReadInAnyCaseAndStoredUpperCase() {
        RuleDraft draft = new RuleDraft("btc above", "price_above", " btcUsdt ", "70000", null, "info",
                List.of(new ChannelDraft("log", null)), null, null);

        assertThat(((RuleValidation.Valid) validator.validate("r1", draft)).rule().symbol()).isEqualTo("BTCUSDT");
    }

    @Test
    void everyInvalidFieldIsNamed() {
        RuleDraft draft = new RuleDraft(" ", "price_sideways", null, "abc", null, "urgent",
                List.of(new ChannelDraft("pager", null)), "soon", null);

        assertThat(fields(validator.validate("r1", draft))).containsExactlyInAnyOrder("name", "type", "severity",
                "channels[0].type", "cooldown");
    }

    @Test
    void typeSpecificFieldsAreCheckedForTheirType() {
        RuleDraft move = new RuleDraft("move", "percent_move", "b-t-c", "250", "2h", "info",
                List.of(new ChannelDraft("webhook", null)), "0s", true);
        RuleDraft drawdown = new RuleDraft("dd", "drawdown_above", "BTCUSDT", "1.5", null, "warning",
                List.of(new ChannelDraft("log", "http://x.example.com")), null, null);

        assertThat(fields(validator.validate("r1", move))).containsExactlyInAnyOrder("symbol", "threshold", "window",
                "channels[0].url");
        assertThat(fields(validator.validate("r2", drawdown))).containsExactlyInAnyOrder("symbol", "threshold",
                "channels[0].url");
    }

    @Test
    void internalWebhookTargetsAreRefused() {
        RuleDraft draft = new RuleDraft("x", "pnl_below", null, "-500", "10m", "warning",
                List.of(new ChannelDraft("webhook", "http://169.254.169.254/latest/meta-data/"),
                        new ChannelDraft("slack", "http://10.1.2.3/hook"), new ChannelDraft("webhook", "ftp://example.com/x"),
                        new ChannelDraft("webhook", "http://orders.trading.svc.cluster.local/hook"),
                        new ChannelDraft("webhook", "http://127.0.0.1:8080/")),
                null, null);

        assertThat(fields(validator.validate("r1", draft))).containsExactly("channels[0].url", "channels[1].url",
                "channels[2].url", "channels[3].url", "channels[4].url");
    }

    @Test
    void aStaleFeedRuleNeedsAWindowButNoThreshold() {
        RuleDraft draft = new RuleDraft("stale", "feed_stale", null, null, "30s", "warning",
                List.of(new ChannelDraft("log", null)), "1m", null);

        AlertRule rule = ((RuleValidation.Valid) validator.validate("r1", draft)).rule();

        assertThat(rule.window()).isEqualTo(Duration.ofSeconds(30));
        assertThat(rule.threshold()).isNull();
        assertThat(rule.symbol()).isNull();
    }

    @Test
    void thresholdsAreKeptAsExactDecimals() {
        RuleDraft draft = new RuleDraft("pnl", "pnl_below", null, "-1234.5678", null, "warning",
                List.of(new ChannelDraft("log", null)), "PT2M", null);

        AlertRule rule = ((RuleValidation.Valid) validator.validate("r1", draft)).rule();

        assertThat(rule.threshold()).isEqualTo(new BigDecimal("-1234.5678"));
        assertThat(rule.cooldown()).isEqualTo(Duration.ofMinutes(2));
        assertThat(rule.window()).isEqualTo(Duration.ofMinutes(15));
    }

    private static List<String> fields(RuleValidation validation) {
        assertThat(validation).isInstanceOf(RuleValidation.Invalid.class);
        return ((RuleValidation.Invalid) validation).problems().stream().map(RuleProblem::field).toList();
    }
}
