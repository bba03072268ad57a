package io.tradewatch.metrics.catalog;

import java.util.Arrays;
import java.util.Locale;

/** A bounded tag value: an enum constant whose tag value is its lower-case name. */
public interface TagValue {

    String name();

    default String tagValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The tag values of every constant of an enum, in declaration order. */
    static <E extends Enum<E> & TagValue> String[] valuesOf(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(TagValue::tagValue).toArray(String[]::new);
    }
}
