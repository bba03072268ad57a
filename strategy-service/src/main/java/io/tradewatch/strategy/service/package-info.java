/** Use cases: the live engine, propagation of definitions to every replica, and per-strategy health. */
@NullMarked
package io.tradewatch.strategy.service;

import org.jspecify.annotations.NullMarked;
