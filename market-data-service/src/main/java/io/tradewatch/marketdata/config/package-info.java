/** The service's properties ({@code tradewatch.market-data.*}) and the wiring of feeds, pipeline, cache, lifecycle. */
@NullMarked
package io.tradewatch.marketdata.config;

import org.jspecify.annotations.NullMarked;
