/**
 * Ticks and their validation rules: plain Java with no framework, broker, cache or metrics imports,
 * kept so by {@code ArchitectureTests}.
 */
@NullMarked
package io.tradewatch.marketdata.domain.tick;

import org.jspecify.annotations.NullMarked;
