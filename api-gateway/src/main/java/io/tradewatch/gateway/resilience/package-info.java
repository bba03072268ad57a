/** Circuit breaker fallbacks: what a caller hears when a downstream service is down, slow or cut off. */
@NullMarked
package io.tradewatch.gateway.resilience;

import org.jspecify.annotations.NullMarked;
