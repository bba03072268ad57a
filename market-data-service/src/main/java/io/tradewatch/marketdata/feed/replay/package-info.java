/** The replay feed: trades recorded in a CSV file, replayed at original or accelerated speed. */
@NullMarked
package io.tradewatch.marketdata.feed.replay;

import org.jspecify.annotations.NullMarked;
