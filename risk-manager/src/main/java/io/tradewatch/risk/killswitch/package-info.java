/**
 * The kill switch: while engaged every new order is rejected. Engaged through REST or, when configured,
 * automatically by a critical breach; released only through REST.
 */
@NullMarked
package io.tradewatch.risk.killswitch;

import org.jspecify.annotations.NullMarked;
