package io.tradewatch.alerts.store;

import io.tradewatch.alerts.domain.AlertView;

/** Records an admitted alert in the shared history (and so in every instance's live stream). */
public interface AlertRecorder {

    /** Records {@code alert}; throws when it could not, so the caller can undo the admission. */
    void record(AlertView alert);

    /** Prepares whatever the first {@link #record} would otherwise prepare (scripts, serializers). */
    default void warmUp() {
    }
}
