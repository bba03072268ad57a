/**
 * The suite's one way of answering bad requests: RFC 9457 problem details, with every invalid field
 * listed under {@code errors}, so all services fail alike and clients parse one shape.
 */
@NullMarked
package io.tradewatch.platform.web;

import org.jspecify.annotations.NullMarked;
