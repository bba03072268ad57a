/** The REST API: limits, exposure and positions, breaches and the kill switch, with problem+json errors. */
@NullMarked
package io.tradewatch.risk.api;

import org.jspecify.annotations.NullMarked;
