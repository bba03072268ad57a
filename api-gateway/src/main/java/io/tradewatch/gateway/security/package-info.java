/** Authentication (API keys, JWT), authorization by role, per-caller rate limits, and their problem answers. */
@NullMarked
package io.tradewatch.gateway.security;

import org.jspecify.annotations.NullMarked;
