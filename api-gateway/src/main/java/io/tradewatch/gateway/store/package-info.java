/** Redis: API keys ({@code gw:keys:*}), the Lua scripts, and the role rate limiter's bounded Redis client. */
@NullMarked
package io.tradewatch.gateway.store;

import org.jspecify.annotations.NullMarked;
