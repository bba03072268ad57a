/**
 * The gateway's own endpoints: API key admin, {@code GET /api/status}, the OpenAPI documents of everything behind
 * it, breaker fallbacks, problem details advice.
 */
@NullMarked
package io.tradewatch.gateway.api;

import org.jspecify.annotations.NullMarked;
