/**
 * The metric catalog: one declaration per business meter, grouped by domain. Plain Java; the names,
 * units and tags here are what Prometheus scrapes and what {@code docs/metrics.md} documents.
 */
@NullMarked
package io.tradewatch.metrics.catalog;

import org.jspecify.annotations.NullMarked;
