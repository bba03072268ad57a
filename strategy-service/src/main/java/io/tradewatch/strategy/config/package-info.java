/** The service's configuration properties ({@code tradewatch.strategy}). */
@NullMarked
package io.tradewatch.strategy.config;

import org.jspecify.annotations.NullMarked;
