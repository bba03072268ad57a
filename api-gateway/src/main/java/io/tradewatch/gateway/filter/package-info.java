/** Web filters on every request (ids and access log, blocked paths, body limits), problem responses, breaker log. */
@NullMarked
package io.tradewatch.gateway.filter;

import org.jspecify.annotations.NullMarked;
