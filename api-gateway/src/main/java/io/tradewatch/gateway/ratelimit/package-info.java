/** Per-caller rate limits on Spring Cloud Gateway's Redis rate limiter, with an explicit Redis outage policy. */
@NullMarked
package io.tradewatch.gateway.ratelimit;

import org.jspecify.annotations.NullMarked;
