/**
 * Incremental technical indicators: each update costs O(1) time and no allocation. Plain Java, no framework
 * imports (guarded by an ArchUnit test).
 */
@NullMarked
package io.tradewatch.strategy.domain.indicator;

import org.jspecify.annotations.NullMarked;
