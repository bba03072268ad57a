/** Cross-cutting web concerns: request ids and access logs, blocked paths, body limits, problem responses. */
@NullMarked
package io.tradewatch.gateway.web;

import org.jspecify.annotations.NullMarked;
