/**
 * The trading business meters every Tradewatch service shares: the catalog, typed recorders, the
 * cardinality guard, component health scores and recent errors.
 */
@NullMarked
package io.tradewatch.metrics;

import org.jspecify.annotations.NullMarked;
