/** The REST API on the business port: symbols, quotes, candles and feed status under {@code /api/market}. */
@NullMarked
package io.tradewatch.marketdata.api;

import org.jspecify.annotations.NullMarked;
