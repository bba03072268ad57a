/** The gateway's own endpoints: API key admin, {@code GET /api/status}, breaker fallbacks, problem details advice. */
@NullMarked
package io.tradewatch.gateway.api;

import org.jspecify.annotations.NullMarked;
