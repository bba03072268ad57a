/**
 * The Redis cache other services read: the latest quote per symbol ({@code md:quote:<SYMBOL>}) and the
 * last one-minute candles ({@code md:candles:<SYMBOL>:1m}), written pipelined from the pipeline's batches.
 */
@NullMarked
package io.tradewatch.marketdata.store;

import org.jspecify.annotations.NullMarked;
