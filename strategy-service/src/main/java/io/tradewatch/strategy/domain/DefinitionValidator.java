package io.tradewatch.strategy.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Checks a {@link DefinitionDraft} and reports every invalid field at once, or returns the normalized
 * {@link StrategyDefinition} (upper-case symbols, defaults filled in, notional at scale 2).
 */
public final class DefinitionValidator {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    private static final Pattern SYMBOL = Pattern.compile("[A-Z0-9]{2,20}");

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    private static final int MAX_SYMBOLS = 100;

    private DefinitionValidator() {
    }

    /** The outcome of a validation: a definition or the problems. */
    public sealed interface Result permits Valid, Invalid {
    }

    /** A valid, normalized definition. */
    public record Valid(StrategyDefinition definition) implements Result {
    }

    /** Every problem found. */
    public record Invalid(List<DefinitionProblem> problems) implements Result {
    }

    /** Validates {@code draft}; {@code id} is used instead of the draft's id when not null (a path id). */
    public static Result validate(DefinitionDraft draft, @Nullable String id) {
        List<DefinitionProblem> problems = new ArrayList<>();
        String effectiveId = (id != null) ? id : draft.id();
        if (effectiveId == null || !ID.matcher(effectiveId).matches()) {
            problems.add(new DefinitionProblem("id", "must be 1-64 characters of a-z, 0-9, '-' or '_', starting"
                    + " with a letter or digit"));
        }
        Optional<StrategyType> type = Optional.ofNullable(draft.type()).flatMap(StrategyType::fromWireName);
        if (type.isEmpty()) {
            problems.add(new DefinitionProblem("type", "must be one of ma_crossover, rsi_mean_reversion,"
                    + " bollinger_breakout"));
        }
        List<String> symbols = symbols(draft.symbols(), problems);
        Map<String, Object> parameters = type.map(t -> parameters(t, draft.parameters(), problems)).orElse(Map.of());
        BigDecimal notional = notional(draft.notional(), problems);
        Duration cooldown = cooldown(draft.cooldown(), problems);
        if (!problems.isEmpty()) {
            return new Invalid(List.copyOf(problems));
        }
        return new Valid(new StrategyDefinition(effectiveId, type.orElseThrow(), symbols, parameters, notional,
                cooldown, draft.enabled() == null || draft.enabled()));
    }

    private static List<String> symbols(@Nullable List<@Nullable String> raw, List<DefinitionProblem> problems) {
        if (raw == null || raw.isEmpty()) {
            problems.add(new DefinitionProblem("symbols", "must list at least one symbol"));
            return List.of();
        }
        if (raw.size() > MAX_SYMBOLS) {
            problems.add(new DefinitionProblem("symbols", "must list at most " + MAX_SYMBOLS + " symbols"));
        }
        List<String> symbols = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String symbol = raw.get(i);
            String upper = (symbol != null) ? symbol.trim().toUpperCase(java.util.Locale.ROOT) : "";
            if (!SYMBOL.matcher(upper).matches()) {
                problems.add(new DefinitionProblem("symbols[" + i + "]", "must be 2-20 letters or digits"));
            }
            else if (!symbols.contains(upper)) {
                symbols.add(upper);
            }
        }
        return symbols;
    }

    private static Map<String, Object> parameters(StrategyType type, @Nullable Map<String, @Nullable Object> raw,
            List<DefinitionProblem> problems) {
        Map<String, @Nullable Object> given = (raw != null) ? raw : Map.of();
        List<ParameterSpec> specs = ParameterSpec.BY_TYPE.get(type);
        Map<String, Object> normalized = new TreeMap<>();
        for (ParameterSpec spec : specs) {
            Object checked = spec.check(given.get(spec.name()));
            if (checked instanceof ParameterSpec.Invalid(String message)) {
                problems.add(new DefinitionProblem("parameters." + spec.name(), message));
            }
            else {
                normalized.put(spec.name(), checked);
            }
        }
        given.keySet().stream()
            .filter(name -> specs.stream().noneMatch(spec -> spec.name().equals(name)))
            .sorted()
            .forEach(name -> problems.add(new DefinitionProblem("parameters." + name,
                    "is not a parameter of " + type.wireName())));
        crossChecks(type, normalized, problems);
        return normalized;
    }

    private static void crossChecks(StrategyType type, Map<String, Object> p, List<DefinitionProblem> problems) {
        switch (type) {
            case MA_CROSSOVER -> {
                if (p.get("fast") instanceof Integer fast && p.get("slow") instanceof Integer slow && fast >= slow) {
                    problems.add(new DefinitionProblem("parameters.fast", "must be less than slow (" + slow + ")"));
                }
            }
            case RSI_MEAN_REVERSION -> {
                if (p.get("oversold") instanceof Double low && p.get("overbought") instanceof Double high
                        && low >= high) {
                    problems.add(new DefinitionProblem("parameters.oversold",
                            "must be less than overbought (" + high + ")"));
                }
            }
            case BOLLINGER_BREAKOUT -> {
                // period and k are independent of each other
            }
        }
    }

    private static BigDecimal notional(@Nullable String raw, List<DefinitionProblem> problems) {
        try {
            BigDecimal value = new BigDecimal((raw != null) ? raw.trim() : "");
            if (value.signum() > 0 && value.compareTo(new BigDecimal("100000000")) <= 0) {
                return value.setScale(2, java.math.RoundingMode.HALF_EVEN);
            }
        }
        catch (NumberFormatException ex) {
            // reported below
        }
        problems.add(new DefinitionProblem("notional", "must be a positive decimal amount of USD, at most 100000000"));
        return BigDecimal.ONE;
    }

    private static Duration cooldown(@Nullable String raw, List<DefinitionProblem> problems) {
        if (raw == null) {
            return Duration.ZERO;
        }
        Optional<Duration> parsed = parseDuration(raw.trim());
        if (parsed.isEmpty() || parsed.get().isNegative() || parsed.get().compareTo(Duration.ofDays(7)) > 0) {
            problems.add(new DefinitionProblem("cooldown", "must be a duration between 0 and 7 days, as ISO-8601"
                    + " (PT1M) or a number with ms, s, m or h (60s)"));
            return Duration.ZERO;
        }
        return parsed.get();
    }

    static Optional<Duration> parseDuration(String text) {
        var matcher = SHORT_DURATION.matcher(text);
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            return Optional.of(switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            });
        }
        try {
            return Optional.of(Duration.parse(text));
        }
        catch (java.time.format.DateTimeParseException ex) {
            return Optional.empty();
        }
    }
}
