/**
 * Read side of the risk state: one consistent snapshot from Redis behind {@code GET /api/risk/exposure}
 * and {@code /positions}, and the gauges (exposure, drawdown, limit usage, kill switch, tick queue) that
 * are refreshed from it on a schedule.
 */
@NullMarked
package io.tradewatch.risk.exposure;

import org.jspecify.annotations.NullMarked;
