package io.tradewatch.metrics.catalog;

import java.util.List;

/**
 * A tag a catalog meter may carry. Bounded tags list every value they can take, so their series exist at
 * zero from startup; unbounded tags (symbols, queues, components) are capped by the cardinality guard.
 */
public record TagSpec(String key, List<String> values) {

    public TagSpec {
        values = List.copyOf(values);
    }

    public static TagSpec bounded(String key, String... values) {
        return new TagSpec(key, List.of(values));
    }

    public static <E extends Enum<E> & TagValue> TagSpec bounded(String key, Class<E> values) {
        return new TagSpec(key, List.of(TagValue.valuesOf(values)));
    }

    public static TagSpec unbounded(String key) {
        return new TagSpec(key, List.of());
    }

    public boolean isBounded() {
        return !values.isEmpty();
    }
}
