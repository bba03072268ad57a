/**
 * The one instrument catalog of the suite: every symbol that is quoted, with its tick size, lot size and
 * minimum notional, read by every service so that what is quoted can be traded.
 */
@NullMarked
package io.tradewatch.platform.instrument;

import org.jspecify.annotations.NullMarked;
