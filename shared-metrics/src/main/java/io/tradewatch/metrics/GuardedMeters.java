package io.tradewatch.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

import io.micrometer.core.instrument.Meter;

/**
 * The meters of one catalog meter for each value of its unbounded tag, created on first use. The hot
 * path is one {@link ConcurrentHashMap#get} and a generation stamp: no registry lookup, no allocation.
 * Values past the cardinality cap share the {@code other} meters; values that see no use for the
 * configured time are removed from the registry, since Micrometer never expires a meter itself.
 *
 * @param <T> a meter, or a small holder of the meters that share this tag value
 */
public final class GuardedMeters<T> {

    private final Map<String, Entry<T>> entries = new ConcurrentHashMap<>();

    private final TagValueGuard guard;

    private final Function<String, T> factory;

    private final Function<T, List<Meter>> parts;

    private final MeterExpiry expiry;

    GuardedMeters(TagValueGuard guard, Function<String, T> factory, Function<T, List<Meter>> parts,
            MeterExpiry expiry) {
        this.guard = guard;
        this.factory = factory;
        this.parts = parts;
        this.expiry = expiry;
    }

    /** The meters for this tag value, or the shared {@code other} meters once the cap is reached. */
    public T get(String tagValue) {
        Entry<T> entry = entries.get(tagValue);
        if (entry == null) {
            entry = create(tagValue);
        }
        long generation = expiry.generation();
        if (entry.lastUsed != generation) {
            entry.lastUsed = generation;
        }
        return entry.meters;
    }

    /** Every meter currently held, for removal together with an outer value. */
    public List<Meter> allMeters() {
        List<Meter> all = new ArrayList<>();
        entries.values().forEach(entry -> all.addAll(parts.apply(entry.meters)));
        return all;
    }

    /** How many tag values currently have meters. */
    public int size() {
        return entries.size();
    }

    private Entry<T> create(String tagValue) {
        String admitted = guard.admit(tagValue);
        return entries.computeIfAbsent(admitted, value -> new Entry<>(factory.apply(value), expiry.generation()));
    }

    /** Removes the meters of values unused since {@code oldestKept}, handing each to {@code remover}. */
    void expire(long oldestKept, Consumer<Meter> remover) {
        List<String> stale = new ArrayList<>();
        entries.forEach((value, entry) -> {
            if (entry.lastUsed < oldestKept) {
                stale.add(value);
            }
        });
        for (String value : stale) {
            Entry<T> removed = entries.remove(value);
            if (removed != null) {
                parts.apply(removed.meters).forEach(remover);
                guard.release(value);
            }
        }
    }

    private static final class Entry<T> {

        final T meters;

        volatile long lastUsed;

        Entry(T meters, long lastUsed) {
            this.meters = meters;
            this.lastUsed = lastUsed;
        }
    }
}
