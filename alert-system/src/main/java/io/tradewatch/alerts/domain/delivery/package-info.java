/**
 * Delivery decisions as plain Java: which target addresses may be reached, which HTTP answers are retried,
 * how long to wait between attempts; the delivery and dead-letter records and the payload signature.
 */
@NullMarked
package io.tradewatch.alerts.domain.delivery;

import org.jspecify.annotations.NullMarked;
