/** The gateway's properties ({@code tradewatch.gateway.*}). */
@NullMarked
package io.tradewatch.gateway.config;

import org.jspecify.annotations.NullMarked;
