package io.tradewatch.strategy.domain;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** A strategy definition as a client sent it, not yet validated: every field may be missing or wrong. */
public record DefinitionDraft(@Nullable String id, @Nullable String type, @Nullable List<@Nullable String> symbols,
        @Nullable Map<String, @Nullable Object> parameters, @Nullable String notional, @Nullable String cooldown,
        @Nullable Boolean enabled) {
}
