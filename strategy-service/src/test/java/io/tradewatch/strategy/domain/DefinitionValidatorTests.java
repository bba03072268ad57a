package io.tradewatch.strategy.domain;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every invalid field is reported at once; valid drafts are normalized. */
class DefinitionValidatorTests {

    @Test
    void everyInvalidFieldIsReportedTogether() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("fast", 30);
        parameters.put("slow", 10);
        parameters.put("speed", 1);
        DefinitionDraft draft = new DefinitionDraft("Bad Id", "ma_crossover", List.of(), parameters, "-5", "soon", true);
        var result = (DefinitionValidator.Invalid) DefinitionValidator.validate(draft, null);
        assertThat(result.problems()).extracting(DefinitionProblem::field)
            .containsExactlyInAnyOrder("id", "symbols", "parameters.speed", "parameters.fast", "notional", "cooldown");
    }

    @Test
    void unknownTypeAndRsiThresholdsOutsideZeroToHundredAreInvalid() {
        var unknown = (DefinitionValidator.Invalid) DefinitionValidator
            .validate(new DefinitionDraft("a", "martingale", List.of("BTCUSDT"), null, "100", null, null), null);
        assertThat(unknown.problems()).extracting(DefinitionProblem::field).containsExactly("type");
        var rsi = (DefinitionValidator.Invalid) DefinitionValidator.validate(new DefinitionDraft("a",
                "rsi_mean_reversion", List.of("BTCUSDT", "x"), Map.of("oversold", -1, "overbought", 100), "0", null,
                null), null);
        assertThat(rsi.problems()).extracting(DefinitionProblem::field)
            .containsExactlyInAnyOrder("symbols[1]", "parameters.oversold", "parameters.overbought", "notional");
    }

    @Test
    void aValidDraftIsNormalizedWithDefaults() {
        var valid = (DefinitionValidator.Valid) DefinitionValidator.validate(new DefinitionDraft(null,
                "bollinger_breakout", List.of("btcusdt", "BTCUSDT", " ethusdt "), Map.of("k", 2), "1000.5", "90s",
                null), "bb-1");
        StrategyDefinition definition = valid.definition();
        assertThat(definition.id()).isEqualTo("bb-1");
        assertThat(definition.symbols()).containsExactly("BTCUSDT", "ETHUSDT");
        assertThat(definition.parameters()).containsEntry("period", 20).containsEntry("k", 2.0)
            .containsEntry("atrPeriod", 14).containsEntry("vwapWindow", 100);
        assertThat(definition.notional()).isEqualByComparingTo("1000.50");
        assertThat(definition.notional().scale()).isEqualTo(2);
        assertThat(definition.cooldown()).isEqualTo(Duration.ofSeconds(90));
        assertThat(definition.enabled()).isTrue();
    }

    @Test
    void integerParametersRejectFractionsAndFastMustBeBelowSlow() {
        var result = (DefinitionValidator.Invalid) DefinitionValidator.validate(new DefinitionDraft("a",
                "ma_crossover", List.of("BTCUSDT"), Map.of("fast", 2.5, "slow", 5, "average", "wma"), "10", "PT1M",
                false), null);
        assertThat(result.problems()).extracting(DefinitionProblem::field)
            .containsExactlyInAnyOrder("parameters.fast", "parameters.average");
        var equal = (DefinitionValidator.Invalid) DefinitionValidator.validate(new DefinitionDraft("a",
                "ma_crossover", List.of("BTCUSDT"), Map.of("fast", 5, "slow", 5), "10", null, null), null);
        assertThat(equal.problems()).containsExactly(new DefinitionProblem("parameters.fast", "must be less than slow (5)"));
    }
}
