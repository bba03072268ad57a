/** The API gateway: the one authenticated entry point to the suite. */
@NullMarked
package io.tradewatch.gateway;

import org.jspecify.annotations.NullMarked;
