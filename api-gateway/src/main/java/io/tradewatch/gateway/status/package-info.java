/** {@code GET /api/status}: every downstream service's readiness and response time, for operators and scripts. */
@NullMarked
package io.tradewatch.gateway.status;

import org.jspecify.annotations.NullMarked;
