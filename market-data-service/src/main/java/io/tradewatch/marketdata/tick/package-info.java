/**
 * Ticks and their validation rules: plain Java with no framework, broker, cache or metrics imports,
 * kept so by {@code DomainIsolationTests}.
 */
@NullMarked
package io.tradewatch.marketdata.tick;

import org.jspecify.annotations.NullMarked;
