/**
 * Component health: services report status, activity and errors of their components; a 0-100 score is
 * computed from them, exported as {@code trading_component_health_score} and shown in {@code /actuator/health}.
 */
@NullMarked
package io.tradewatch.metrics.health;

import org.jspecify.annotations.NullMarked;
