package io.tradewatch.metrics.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One business meter of the catalog.
 *
 * @param name the dotted Micrometer name ({@code trading.ticks.received})
 * @param kind how it is recorded
 * @param baseUnit the Micrometer base unit, which Prometheus appends to the name; {@code null} where the
 * scraped name carries no unit (counters, and gauges whose compatible names have none)
 * @param unit the unit of the value as documented ({@code ticks}, {@code USD}, {@code seconds})
 * @param description the HELP text
 * @param group the domain it belongs to
 * @param tags the tags it may carry, beyond the common ones
 * @param buckets histogram bucket bounds in the base unit (seconds for timers); empty for no histogram
 * @param recordedBy the services that record it
 */
public record MeterSpec(String name, MeterKind kind, @Nullable String baseUnit, String unit, String description,
        MeterGroup group, List<TagSpec> tags, double[] buckets, String recordedBy) {

    public MeterSpec {
        tags = List.copyOf(tags);
        buckets = buckets.clone();
    }

    /** The name as Prometheus scrapes it, with unit and {@code _total} suffixes. */
    public String prometheusName() {
        String base = name.replace('.', '_').toLowerCase(Locale.ROOT);
        String unitSuffix = switch (kind) {
            case TIMER -> "seconds";
            default -> baseUnit;
        };
        if (unitSuffix != null && !base.endsWith("_" + unitSuffix)) {
            base = base + "_" + unitSuffix;
        }
        return (kind == MeterKind.COUNTER) ? base + "_total" : base;
    }

    /** Every series name this meter produces on {@code /actuator/prometheus}. */
    public List<String> seriesNames() {
        String base = prometheusName();
        return switch (kind) {
            case COUNTER, GAUGE -> List.of(base);
            case TIMER, SUMMARY -> {
                List<String> names = new ArrayList<>(List.of(base + "_count", base + "_sum", base + "_max"));
                if (buckets.length > 0) {
                    names.add(base + "_bucket");
                }
                yield names;
            }
        };
    }

    /** Whether every tag lists its values, so the meter can exist at zero before any event. */
    public boolean isFullyBounded() {
        return tags.stream().allMatch(TagSpec::isBounded);
    }

    public List<String> tagKeys() {
        return tags.stream().map(TagSpec::key).toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MeterSpec that && name.equals(that.name) && kind == that.kind;
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return "MeterSpec[" + prometheusName() + " " + kind + " tags=" + tagKeys() + " buckets="
                + Arrays.toString(buckets) + "]";
    }
}
