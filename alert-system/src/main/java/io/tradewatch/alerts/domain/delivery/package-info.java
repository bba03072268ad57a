/**
 * Delivery decisions as plain Java: which target addresses may be reached, which HTTP answers are retried and
 * how long to wait between attempts.
 */
@NullMarked
package io.tradewatch.alerts.domain.delivery;

import org.jspecify.annotations.NullMarked;
