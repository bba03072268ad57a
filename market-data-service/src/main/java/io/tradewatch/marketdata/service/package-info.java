/**
 * The tick pipeline: feeds put ticks into a bounded channel that drops its oldest tick when full; one
 * worker takes them off in batches, validates them, publishes them with confirms and hands them to the
 * cache writer.
 */
@NullMarked
package io.tradewatch.marketdata.service;

import org.jspecify.annotations.NullMarked;
