package io.tradewatch.alerts.domain.rules;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.tradewatch.alerts.domain.ChannelTarget;
import io.tradewatch.alerts.domain.Durations;
import io.tradewatch.alerts.domain.Severity;
import io.tradewatch.alerts.domain.delivery.TargetPolicy;

/**
 * Turns a {@link RuleDraft} into an {@link AlertRule}, or lists every invalid field with its JSON path
 * ({@link ChannelRules} checks the channels).
 */
public final class RuleValidator {

    static final int MAX_NAME = 100;

    static final Duration MAX_WINDOW = Duration.ofHours(1);

    static final Duration MAX_OBSERVATION_WINDOW = Duration.ofDays(1);

    static final Duration MAX_COOLDOWN = Duration.ofDays(1);

    static final Duration DEFAULT_COOLDOWN = Duration.ofMinutes(5);

    static final Duration DEFAULT_OBSERVATION_WINDOW = Duration.ofMinutes(15);

    private static final Pattern SYMBOL = Pattern.compile("[A-Z0-9]{2,20}");

    private final ChannelRules channelRules;

    public RuleValidator(TargetPolicy targets) {
        this.channelRules = new ChannelRules(targets);
    }

    public RuleValidation validate(String id, RuleDraft draft) {
        List<RuleProblem> problems = new ArrayList<>();
        String name = name(draft.name(), problems);
        RuleType type = required("type", draft.type(), problems, RuleType::parse,
                "must be one of price_above, price_below, percent_move, drawdown_above, pnl_below, feed_stale");
        Severity severity = required("severity", draft.severity(), problems, Severity::parse,
                "must be one of info, warning, critical");
        List<ChannelTarget> channels = channelRules.channels(draft.channels(), problems);
        Duration cooldown = cooldown(draft.cooldown(), problems);
        String symbol = null;
        BigDecimal threshold = null;
        Duration window = null;
        if (type != null) {
            symbol = symbol(type, draft.symbol(), problems);
            threshold = threshold(type, draft.threshold(), problems);
            window = window(type, draft.window(), problems);
        }
        if (!problems.isEmpty() || type == null || severity == null || name == null || cooldown == null) {
            return new RuleValidation.Invalid(problems);
        }
        boolean enabled = draft.enabled() == null || draft.enabled();
        return new RuleValidation.Valid(
                new AlertRule(id, name, type, symbol, threshold, window, severity, channels, cooldown, enabled));
    }

    private static @Nullable String name(@Nullable String name, List<RuleProblem> problems) {
        if (name == null || name.isBlank()) {
            problems.add(new RuleProblem("name", "is required"));
            return null;
        }
        if (name.length() > MAX_NAME) {
            problems.add(new RuleProblem("name", "must be at most " + MAX_NAME + " characters"));
            return null;
        }
        return name.trim();
    }

    static <T> @Nullable T required(String field, @Nullable String value, List<RuleProblem> problems,
            Function<String, Optional<T>> parser, String expectation) {
        if (value == null || value.isBlank()) {
            problems.add(new RuleProblem(field, "is required and " + expectation));
            return null;
        }
        Optional<T> parsed = parser.apply(value);
        if (parsed.isEmpty()) {
            problems.add(new RuleProblem(field, "'" + value + "' is unknown: " + expectation));
        }
        return parsed.orElse(null);
    }

    private static @Nullable String symbol(RuleType type, @Nullable String symbol, List<RuleProblem> problems) {
        boolean given = symbol != null && !symbol.isBlank();
        switch (type.symbolUse()) {
            case REQUIRED -> {
                if (!given) {
                    problems.add(new RuleProblem("symbol", "is required for " + type.wireName()));
                    return null;
                }
            }
            case NONE -> {
                if (given) {
                    problems.add(new RuleProblem("symbol", "is not used by " + type.wireName() + "; leave it out"));
                }
                return null;
            }
            case OPTIONAL -> {
                if (!given) {
                    return null;
                }
            }
        }
        // symbols are case-insensitive across the suite: normalised to upper case as the instrument catalog is
        String upper = symbol.trim().toUpperCase(Locale.ROOT);
        if (!SYMBOL.matcher(upper).matches()) {
            problems.add(new RuleProblem("symbol", "must be 2-20 letters or digits, such as BTCUSDT"));
            return null;
        }
        return upper;
    }

    private static @Nullable BigDecimal threshold(RuleType type, @Nullable String text, List<RuleProblem> problems) {
        if (type == RuleType.FEED_STALE) {
            if (text != null) {
                problems.add(new RuleProblem("threshold", "is not used by feed_stale; the window sets the silence"));
            }
            return null;
        }
        if (text == null || text.isBlank()) {
            problems.add(new RuleProblem("threshold", "is required for " + type.wireName()));
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim());
        }
        catch (NumberFormatException ex) {
            problems.add(new RuleProblem("threshold", "'" + text + "' is not a decimal number"));
            return null;
        }
        Optional<String> range = ThresholdRange.check(type, value);
        range.ifPresent(message -> problems.add(new RuleProblem("threshold", message)));
        return range.isPresent() ? null : value;
    }

    private static @Nullable Duration window(RuleType type, @Nullable String text, List<RuleProblem> problems) {
        return switch (type) {
            case PRICE_ABOVE, PRICE_BELOW -> {
                if (text != null) {
                    problems.add(new RuleProblem("window", "is not used by " + type.wireName() + "; leave it out"));
                }
                yield null;
            }
            case PERCENT_MOVE, FEED_STALE -> duration("window", text, null, Duration.ofSeconds(1), MAX_WINDOW,
                    problems);
            case DRAWDOWN_ABOVE, PNL_BELOW -> duration("window", text, DEFAULT_OBSERVATION_WINDOW,
                    Duration.ofSeconds(1), MAX_OBSERVATION_WINDOW, problems);
        };
    }

    private static @Nullable Duration cooldown(@Nullable String text, List<RuleProblem> problems) {
        return duration("cooldown", text, DEFAULT_COOLDOWN, Duration.ZERO, MAX_COOLDOWN, problems);
    }

    private static @Nullable Duration duration(String field, @Nullable String text, @Nullable Duration fallback,
            Duration min, Duration max, List<RuleProblem> problems) {
        if (text == null || text.isBlank()) {
            if (fallback == null) {
                problems.add(new RuleProblem(field, "is required, such as 5m"));
            }
            return fallback;
        }
        Optional<Duration> parsed = Durations.parse(text);
        if (parsed.isEmpty()) {
            problems.add(new RuleProblem(field, "'" + text + "' is not a duration such as 30s, 5m or PT1H"));
            return null;
        }
        if (parsed.get().compareTo(min) < 0 || parsed.get().compareTo(max) > 0) {
            problems.add(new RuleProblem(field, "must be between " + Durations.format(min) + " and "
                    + Durations.format(max)));
            return null;
        }
        return parsed.get();
    }
}
