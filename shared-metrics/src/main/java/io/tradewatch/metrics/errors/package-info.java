/** The last errors of the service, kept for operators at {@code /actuator/recenterrors}. */
@NullMarked
package io.tradewatch.metrics.errors;

import org.jspecify.annotations.NullMarked;
