/**
 * OpenAPI documentation every service shares: its error answers as RFC 9457 problems.
 */
@NullMarked
package io.tradewatch.platform.openapi;

import org.jspecify.annotations.NullMarked;
